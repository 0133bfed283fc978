using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>One recommendation row of the form, as typed.</summary>
public sealed class RecommendationRow
{
    public string? Action { get; set; }

    public string? OwnerAgency { get; set; }

    public string? Lead { get; set; }

    public DateParts DueDate { get; set; } = new();

    public bool IsBlank => string.IsNullOrWhiteSpace(Action) && string.IsNullOrWhiteSpace(OwnerAgency) && string.IsNullOrWhiteSpace(Lead) && DueDate.IsEmpty;
}

/// <summary>
/// The panel has met: its findings and the action plan (<see cref="RecordReviewCommand"/>), by a case officer or
/// the chair. "Add another recommendation" and "Remove" are submit buttons that show the form again, so the
/// page works without JavaScript. Rows left wholly blank are not recommendations.
/// </summary>
public sealed class RecordReviewModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    public const int MaxRows = 50;

    [BindProperty] public string? Findings { get; set; }

    [BindProperty] public string? ApplicantSummary { get; set; }

    [BindProperty] public List<RecommendationRow> Recommendations { get; set; } = [];

    /// <summary>Which button was pressed: <c>add</c>, <c>remove-{index}</c>, or the save button (empty).</summary>
    [BindProperty] public string? Command { get; set; }

    /// <summary>A recommendation goes to an agency on the panel, which can then see the case and follow its action up.</summary>
    public IReadOnlyList<Choice> AgencyChoices => [.. (Case?.Review.Panel ?? []).Select(a => new Choice(a, a))];

    protected override CaseAction? WorkflowAction => CaseAction.RecordReview;

    public static string RowId(int index, string part) => $"recommendation-{index + 1}-{part}";

    protected override IReadOnlyList<FormField> Fields =>
    [
        new("findings", "findings"),
        .. Recommendations.SelectMany((_, i) => new FormField[]
        {
            new($"recommendations[{i}].action", RowId(i, "action")),
            new($"recommendations[{i}].ownerAgency", RowId(i, "owner")),
            new($"recommendations[{i}].lead", RowId(i, "lead")),
            new($"recommendations[{i}].dueDate", RowId(i, "due"), IsDate: true),
        }),
    ];

    protected override Task OnLoadedAsync(CancellationToken ct)
    {
        Recommendations = [new RecommendationRow()];
        return Task.CompletedTask;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Command == "add" || (Command?.StartsWith("remove-", StringComparison.Ordinal) ?? false))
        {
            if (Command == "add" && Recommendations.Count < MaxRows)
            {
                Recommendations.Add(new RecommendationRow());
            }
            else if (int.TryParse(Command.AsSpan("remove-".Length), out var index) && index >= 0 && index < Recommendations.Count)
            {
                Recommendations.RemoveAt(index);
            }

            ModelState.Clear();
            return await LoadAsync(ct) ?? Page();
        }

        // Wholly blank rows are dropped first, so the messages below line up with the rows that are shown again.
        Recommendations = [.. Recommendations.Where(r => !r.IsBlank)];
        var inputs = new List<RecommendationInput>();
        for (var i = 0; i < Recommendations.Count; i++)
        {
            var row = Recommendations[i];
            var (due, problem) = row.DueDate.Read("The due date");
            if (problem is not null)
            {
                Errors.Add(RowId(i, "due"), problem, isDate: true);
            }

            inputs.Add(new RecommendationInput(row.Action, row.OwnerAgency, row.Lead, due));
        }

        if (Errors.Any)
        {
            ViewData["HasErrors"] = true;
            ModelState.Clear();
            return await LoadAsync(ct) ?? Page();
        }

        var result = await SendAsync(new RecordReviewCommand(Findings, ApplicantSummary, inputs, Version) { Reference = Reference }, "Review outcome recorded", ct);
        if (Recommendations.Count == 0)
        {
            Recommendations = [new RecommendationRow()];
        }

        ModelState.Clear();
        return result;
    }
}
