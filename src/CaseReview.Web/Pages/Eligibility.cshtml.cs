using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Eligibility;
using CaseReview.Web.Forms;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages;

/// <summary>
/// The eligibility checker: the resident's complaints go to the same query as <c>POST /api/eligibility</c>
/// and the local threshold's verdict comes back complaint by complaint. Nothing is stored; the rows travel in the form.
/// </summary>
public sealed class EligibilityModel(IMediator mediator) : PageModel
{
    public const int MaxRows = 20;

    private readonly List<int> _rowOfComplaint = [];

    [BindProperty] public List<ComplaintRow> Rows { get; set; } = [];
    [BindProperty] public string? HateMotivated { get; set; }

    public EligibilityResult? Result { get; private set; }
    public FormErrors Errors { get; } = new();

    public int RowOf(int complaintIndex) => complaintIndex < _rowOfComplaint.Count ? _rowOfComplaint[complaintIndex] : complaintIndex;

    public void OnGet() => Rows = [new()];

    public void OnPostAddRow()
    {
        ModelState.Clear();
        Rows = [.. Rows.Take(MaxRows - 1), new()];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Rows = [.. Rows.Take(MaxRows)];
        var complaints = new List<ComplaintInput>();
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var (incident, incidentProblem) = row.IncidentDate.Read("The date it happened");
            var (reported, reportedProblem) = row.ReportedDate.Read("The date you reported it");
            if (incidentProblem is not null) { Errors.Add($"complaints-{i}-incidentDate", incidentProblem, isDate: true); }
            if (reportedProblem is not null) { Errors.Add($"complaints-{i}-reportedDate", reportedProblem, isDate: true); }
            complaints.Add(new ComplaintInput(incident, reported, row.Agency, null, null));
            _rowOfComplaint.Add(i);
        }

        if (Rows.Count == 0)
        {
            Rows = [new()];
        }

        if (complaints.Count == 0)
        {
            Errors.Add("complaints-0-incidentDate", "Enter at least one time you reported the problem", isDate: true);
        }

        if (!Errors.Any)
        {
            try
            {
                Result = await mediator.Send(new CheckEligibilityQuery(complaints, HateMotivated == "true", null), ct);
            }
            catch (ValidationException invalid)
            {
                Errors.AddFailures(invalid.Errors, [.. _rowOfComplaint.SelectMany((row, n) => new[]
                {
                    new FormField($"complaints[{n}].incidentDate", $"complaints-{row}-incidentDate", IsDate: true),
                    new FormField($"complaints[{n}].reportedDate", $"complaints-{row}-reportedDate", IsDate: true),
                    new FormField($"complaints[{n}].agency", $"complaints-{row}-agency"),
                })]);
            }
        }

        ViewData["HasErrors"] = Errors.Any;
        return Page();
    }

    public sealed class ComplaintRow
    {
        public DateParts IncidentDate { get; set; } = new();
        public DateParts ReportedDate { get; set; } = new();
        public string? Agency { get; set; }

        public bool IsEmpty => IncidentDate.IsEmpty && ReportedDate.IsEmpty && string.IsNullOrWhiteSpace(Agency);
    }
}
