using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>Confirm that the review's outcome goes to the applicant (<see cref="SendOutcomeCommand"/>).</summary>
public sealed class SendOutcomeModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    protected override CaseAction? WorkflowAction => CaseAction.SendOutcome;

    protected override IReadOnlyList<FormField> Fields { get; } = [];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new SendOutcomeCommand(Version) { Reference = Reference }, "Outcome sent to the applicant", ct);
}
