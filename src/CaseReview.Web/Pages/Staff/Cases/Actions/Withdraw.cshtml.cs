using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>The applicant no longer wants the review: <see cref="WithdrawCaseCommand"/>, with the reason.</summary>
public sealed class WithdrawModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? Reason { get; set; }

    protected override CaseAction? WorkflowAction => CaseAction.Withdraw;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("reason", "reason")];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new WithdrawCaseCommand(Reason, Version) { Reference = Reference }, "Application withdrawn", ct);
}
