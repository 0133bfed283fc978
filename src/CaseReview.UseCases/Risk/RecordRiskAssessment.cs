using System.Text.Json.Serialization;
using CaseReview.Domain.Risk;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// An officer assesses the victim's risk and vulnerability: one answer to every question of the questionnaire (question
/// id to answer id), and, if their judgement says the risk is higher than the answers give, the level to raise it to
/// with the reason. A reassessment is a new assessment; the latest is the case's current level.
/// </summary>
[Callers(Callers.Caseworkers, "assess the victim's risk")]
public sealed record RecordRiskAssessmentCommand(Dictionary<string, string?>? Answers, string? RaiseTo, string? RaiseReason) : ICommand<RiskAssessmentView>, ICaseCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    /// <summary>The level to raise to, or null when not raised (or not a level: the validator says so).</summary>
    public RiskLevel? RaiseToLevel() =>
        Enum.GetValues<RiskLevel>().Where(l => string.Equals(l.ToString(), RaiseTo?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(l => (RiskLevel?)l).FirstOrDefault();
}

public sealed class RecordRiskAssessmentValidator : AbstractValidator<RecordRiskAssessmentCommand>
{
    public RecordRiskAssessmentValidator(RiskQuestionnaire questionnaire)
    {
        RuleFor(x => x.Answers).Custom((answers, context) =>
        {
            answers ??= [];
            foreach (var question in questionnaire.Unanswered(answers))
            {
                context.AddFailure($"Answers.{question.Id}", $"Choose an answer to \"{question.Text}\"");
            }

            foreach (var id in questionnaire.Unknown(answers))
            {
                context.AddFailure($"Answers.{id}", questionnaire.Question(id) is { } question
                    ? $"Choose one of the answers to \"{question.Text}\""
                    : $"There is no question '{id}' in the risk assessment (version {questionnaire.Version})");
            }
        });
        RuleFor(x => x.RaiseTo).Must((x, _) => x.RaiseToLevel() is RiskLevel.Medium or RiskLevel.High)
            .When(x => !string.IsNullOrWhiteSpace(x.RaiseTo))
            .WithMessage("Choose Medium or High to raise the risk level, or leave it as the answers give it");
        RuleFor(x => x.RaiseReason).NotEmpty().WithMessage(RiskAssessment.ReasonNeeded)
            .When(x => !string.IsNullOrWhiteSpace(x.RaiseTo));
        RuleFor(x => x.RaiseReason).MaximumLength(RiskAssessment.ReasonLength)
            .WithMessage($"The reason must be {RiskAssessment.ReasonLength} characters or fewer");
    }
}

public sealed class RecordRiskAssessmentHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, RiskQuestionnaire questionnaire, TimeProvider clock)
    : ICommandHandler<RecordRiskAssessmentCommand, RiskAssessmentView>
{
    public const string AuditAction = "risk.assessed";

    public async ValueTask<RiskAssessmentView> Handle(RecordRiskAssessmentCommand command, CancellationToken cancellationToken)
    {
        var found = await access.Visible().Where(a => a.Reference == command.Reference)
                .Select(a => new { a.Id, a.Status, a.AnonymisedAt }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {command.Reference}.");
        if (found.AnonymisedAt is not null)
        {
            throw new CaseStateException(found.Status, "This case's personal data has been removed under the retention schedule, so its risk cannot be assessed.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var raiseTo = string.IsNullOrWhiteSpace(command.RaiseTo) ? null : command.RaiseToLevel();
        var assessment = RiskAssessment.Record(found.Id, questionnaire, command.Answers!, raiseTo, command.RaiseReason, user.ToActor(), now);
        db.RiskAssessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        // The audit line names the assessment, never the answers or the reason (the trail holds no personal data).
        db.AuditEntries.Add(user.Audit(now, AuditAction, command.Reference, $"assessment={assessment.Id} version={assessment.QuestionnaireVersion} raised={assessment.Raised}"));
        await db.SaveChangesAsync(cancellationToken);
        return RiskAssessmentView.Of(assessment);
    }
}
