using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// The appeal is upheld or not, with the reason (<see cref="DecideAppealCommand"/>): by an appeal reviewer who made
/// none of the decisions appealed against. Who may is the case's answer (<c>permissions.appealDecisionRefusal</c>).
/// </summary>
public sealed class AppealDecisionModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? Upheld { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public static IReadOnlyList<Choice> UpheldChoices { get; } =
        [new("true", "Yes, the appeal is upheld"), new("false", "No, the appeal is not upheld")];

    protected override CaseAction? WorkflowAction => CaseAction.AppealDecision;

    protected override string? RoleRefusal() => Case.Permissions.AppealDecisionRefusal;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("upheld", "upheld"), new("reason", "reason")];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new DecideAppealCommand(Choices.ToBool(Upheld), Reason, Version) { Reference = Reference }, "Appeal decided", ct);
}
