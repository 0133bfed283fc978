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
/// the audit trail's; every search is audited by the use case.
/// </summary>
public sealed class SubjectAccessModel(IMediator mediator) : StaffPageModel
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
}
