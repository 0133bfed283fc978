using CaseReview.Domain.Risk;
using CaseReview.UseCases.Risk;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Assess (or reassess) the victim's risk and vulnerability (<see cref="RecordRiskAssessmentCommand"/>): one answer to
/// each question of the council's questionnaire, and, if the officer's judgement says the risk is higher than the
/// answers give, the level to raise it to and why.
/// </summary>
public sealed class RiskAssessmentModel(IMediator mediator, RiskQuestionnaire questionnaire) : CaseActionPageModel(mediator)
{
    /// <summary>The value of "do not raise it".</summary>
    public const string NotRaised = "none";

    public RiskQuestionnaire Questionnaire => questionnaire;

    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];

    [BindProperty] public string? RaiseTo { get; set; }

    [BindProperty] public string? RaiseReason { get; set; }

    protected override IReadOnlyList<FormField> Fields =>
    [
        .. questionnaire.Questions.Select(q => new FormField($"answers.{q.Id}", FieldId(q))),
        new("raiseTo", "raise-to"),
        new("raiseReason", "raise-reason"),
    ];

    protected override bool CaseworkersOnly => true;

    protected override string? NotNow() => Case.AnonymisedAt is null
        ? null
        : "This case's personal data has been removed under the retention schedule, so its risk cannot be assessed.";

    public static string FieldId(RiskQuestion question) => $"answers-{question.Id}";

    public static IReadOnlyList<Choice> Choices(RiskQuestion question) =>
        [.. question.Options.Select(o => new Choice(o.Id, o.Text, o.Critical ? "This answer makes the risk high" : null))];

    public static IReadOnlyList<Choice> RaiseChoices { get; } =
    [
        new(NotRaised, "No, keep the level the answers give"),
        new(nameof(RiskLevel.Medium), "Raise it to medium"),
        new(nameof(RiskLevel.High), "Raise it to high"),
    ];

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var raiseTo = RaiseTo is null or NotRaised ? null : RaiseTo;
        var answers = Answers.Where(a => questionnaire.Question(a.Key) is not null).ToDictionary(a => a.Key, a => a.Value);
        return SendAsync(new RecordRiskAssessmentCommand(answers, raiseTo, raiseTo is null ? null : RaiseReason) { Reference = Reference }, "Risk assessment recorded", ct);
    }
}
