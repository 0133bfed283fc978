using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>An appeal received by phone, letter or in person (<see cref="RequestAppealCommand"/>).</summary>
public sealed class AppealModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? Grounds { get; set; }

    protected override CaseAction? WorkflowAction => CaseAction.Appeal;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("grounds", "grounds")];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new RequestAppealCommand(Grounds, Version) { Reference = Reference }, "Appeal recorded", ct);
}
