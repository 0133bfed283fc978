using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// The officer decides whether the threshold is met (<see cref="DecideThresholdCommand"/>), having first seen
/// the policy's suggestion and its reasons (<see cref="GetThresholdSuggestionQuery"/>). The handler refuses a
/// decision that differs from the suggestion without a reason; the page only shows that beside the field.
/// </summary>
public sealed class ThresholdDecisionModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    public static IReadOnlyList<Choice> Choices { get; } = [new("true", "Yes, the threshold is met"), new("false", "No, the threshold is not met")];

    [BindProperty] public string? Met { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public ThresholdSuggestion? Suggestion { get; private set; }

    protected override CaseAction? WorkflowAction => CaseAction.ThresholdDecision;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("met", "met"), new("reason", "reason")];

    protected override async Task OnLoadedAsync(CancellationToken ct) =>
        Suggestion = await Mediator.Send(new GetThresholdSuggestionQuery(Reference), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var met = Forms.Choices.ToBool(Met);
        var result = await SendAsync(new DecideThresholdCommand(met, Reason, Version) { Reference = Reference }, "Threshold decision recorded", ct);
        if (result is PageResult && !NotAllowed)
        {
            await OnLoadedAsync(ct);
        }

        return result;
    }
}
