using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>Nothing more is to be done: <see cref="CloseCaseCommand"/>, with the reason.</summary>
public sealed class CloseModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? Reason { get; set; }

    protected override CaseAction? WorkflowAction => CaseAction.Close;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("reason", "reason")];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new CloseCaseCommand(Reason, Version) { Reference = Reference }, "Case closed", ct);
}
