using CaseReview.Domain.Calendar;
using CaseReview.UseCases.SubjectAccess;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// A subject access request for administrators: the readable bundle of <see cref="ExportSubjectAccessQuery"/> (the
/// same export as <c>GET /api/admin/subject-access</c>), searched by email, phone, name or postcode. A GET form, like
/// the audit trail's; every search is audited by the use case. <c>?handler=Pdf</c> with the same fields downloads the
/// export as a PDF bundle (audited as a download); a search it cannot make shows the form with its errors.
/// </summary>
public sealed class SubjectAccessModel(IMediator mediator, ISubjectAccessPdf pdf) : StaffPageModel
{
    protected override IReadOnlyList<FormField> Fields { get; } =
    [
        new("email", "email"), new("phone", "phone"), new("name", "name"), new("postcode", "postcode"),
    ];

    [BindProperty(SupportsGet = true)] public string? Email { get; set; }

    [BindProperty(SupportsGet = true)] public string? Phone { get; set; }

    [BindProperty(SupportsGet = true)] public string? Name { get; set; }

    [BindProperty(SupportsGet = true)] public string? Postcode { get; set; }

    public SubjectAccessExport? Export { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var searched = new[] { Email, Phone, Name, Postcode }.Any(v => !string.IsNullOrWhiteSpace(v));
        try
        {
            // Sent even with nothing to search by: the use case says who may ask (403), then that something is needed.
            Export = await mediator.Send(new ExportSubjectAccessQuery(Email, Phone, Name, Postcode), ct);
        }
        catch (ValidationException invalid) when (searched)
        {
            Errors.AddFailures(invalid.Errors, Fields);
        }
        catch (ValidationException)
        {
            // The empty form, before a search.
        }

        ViewData["HasErrors"] = Errors.Any;
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        var search = new ExportSubjectAccessQuery(Email, Phone, Name, Postcode, Download: true);
        try
        {
            var export = await mediator.Send(search, ct);
            return File(pdf.Render(export, search), "application/pdf", $"subject-access-{WorkingDayCalendar.LondonDate(export.ExportedAt):yyyy-MM-dd}.pdf");
        }
        catch (ValidationException invalid)
        {
            // Nothing (or nothing usable) to search by: the form again, with what to put right.
            Errors.AddFailures(invalid.Errors, Fields);
            ViewData["HasErrors"] = true;
            return Page();
        }
    }
}
