using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>An officer picks up a received application: <see cref="StartAssessmentCommand"/>.</summary>
public sealed class StartAssessmentModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    protected override CaseAction? WorkflowAction => CaseAction.StartAssessment;

    protected override IReadOnlyList<FormField> Fields { get; } = [];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new StartAssessmentCommand(Version) { Reference = Reference }, "Assessment started", ct);
}
