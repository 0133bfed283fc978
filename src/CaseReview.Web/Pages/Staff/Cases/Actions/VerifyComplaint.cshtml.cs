using CaseReview.UseCases.Cases;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>An officer confirms one complaint against the agency's records: <see cref="VerifyComplaintCommand"/>.</summary>
public sealed class VerifyComplaintModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [FromRoute] public int ComplaintId { get; set; }

    public ComplaintView? Complaint => Case?.Complaints.FirstOrDefault(c => c.Id == ComplaintId);

    protected override bool CaseworkersOnly => true;

    protected override IReadOnlyList<FormField> Fields { get; } = [];

    public override async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await base.OnGetAsync(ct);
        return !NotAllowed && Case is not null && Complaint is null ? NotFound() : result;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await SendAsync(new VerifyComplaintCommand(Version) { Reference = Reference, ComplaintId = ComplaintId }, "Complaint checked", ct);
        return result is PageResult && !NotAllowed && Complaint is null ? NotFound() : result;
    }
}
