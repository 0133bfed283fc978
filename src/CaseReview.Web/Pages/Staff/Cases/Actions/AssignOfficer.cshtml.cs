using CaseReview.UseCases.Cases;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>Make a case officer responsible for the case: <see cref="AssignCaseOfficerCommand"/>, by their email address.</summary>
public sealed class AssignOfficerModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public string? OfficerEmail { get; set; }

    protected override bool CaseworkersOnly => true;

    protected override IReadOnlyList<FormField> Fields { get; } = [new("officerEmail", "officerEmail")];

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new AssignCaseOfficerCommand(OfficerEmail, Version) { Reference = Reference }, "Case officer assigned", ct);
}
