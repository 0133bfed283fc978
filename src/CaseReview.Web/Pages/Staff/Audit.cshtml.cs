using CaseReview.UseCases.Audit;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The audit trail for administrators, newest first: a read-only door onto <see cref="ReadAuditLogQuery"/>,
/// whose filters are a GET form so a search can be bookmarked and nothing here changes anything.
/// </summary>
public sealed class AuditModel(IMediator mediator) : StaffPageModel
{
    public const int PageSize = 25;

    protected override IReadOnlyList<FormField> Fields { get; } =
    [
        new("reference", "reference"), new("actor", "actor"), new("from", "from", IsDate: true), new("to", "to", IsDate: true),
    ];

    [BindProperty(SupportsGet = true)] public string? Reference { get; set; }

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();

    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();

    // Not "page": Razor Pages keeps that name for the page's own route value.
    [BindProperty(SupportsGet = true)] public int? PageNumber { get; set; }

    public AuditPage? Lines { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (from, fromProblem) = From.Read("The start date");
        var (to, toProblem) = To.Read("The end date");
        if (fromProblem is not null)
        {
            Errors.Add("from", fromProblem, isDate: true);
        }

        if (toProblem is not null)
        {
            Errors.Add("to", toProblem, isDate: true);
        }

        try
        {
            // Dates that could not be read are left out rather than searched as something else.
            Lines = await mediator.Send(new ReadAuditLogQuery(Reference, Actor, from, to, Math.Max(1, PageNumber ?? 1), PageSize), ct);
        }
        catch (ValidationException invalid)
        {
            Errors.AddFailures(invalid.Errors, Fields);
        }

        ViewData["HasErrors"] = Errors.Any;
        return Page();
    }

    /// <summary>Another page of the same search.</summary>
    public string PageHref(int page)
    {
        var query = new QueryString()
            .Add("Reference", Reference ?? string.Empty).Add("Actor", Actor ?? string.Empty)
            .Add("From.Day", From.Day ?? string.Empty).Add("From.Month", From.Month ?? string.Empty).Add("From.Year", From.Year ?? string.Empty)
            .Add("To.Day", To.Day ?? string.Empty).Add("To.Month", To.Month ?? string.Empty).Add("To.Year", To.Year ?? string.Empty)
            .Add("pageNumber", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/staff/audit" + query;
    }
}
