using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Apply;

/// <summary>Adds a complaint (no index) or changes one (index from the list), checked by the API's complaint validator.</summary>
public sealed class ComplaintModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator, IValidator<ComplaintInput> complaintValidator)
    : ApplyPageModel(drafts, validator)
{
    private static readonly FormField[] Fields =
    [
        new("incidentDate", "incidentDate", IsDate: true),
        new("reportedDate", "reportedDate", IsDate: true),
        new("agency", "agency"),
        new("agencyReference", "agencyReference"),
        new("summary", "summary"),
    ];

    [BindProperty(SupportsGet = true)] public int? Index { get; set; }
    [BindProperty] public DateParts IncidentDate { get; set; } = new();
    [BindProperty] public DateParts ReportedDate { get; set; } = new();
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? AgencyOther { get; set; }
    [BindProperty] public string? AgencyReference { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        if (Index is { } i)
        {
            if (i < 0 || i >= Answers.Complaints.Count)
            {
                return RedirectToPage("/Apply/Complaints");
            }

            var c = Answers.Complaints[i];
            IncidentDate = DateParts.From(c.IncidentDate);
            ReportedDate = DateParts.From(c.ReportedDate);
            var known = Choices.Agencies.Any(a => a.Value == c.Agency);
            Agency = known ? c.Agency : "Other";
            AgencyOther = known ? null : c.Agency;
            AgencyReference = c.AgencyReference;
            Summary = c.Summary;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StartAgain();
        }

        if (Index is { } i && (i < 0 || i >= Answers.Complaints.Count))
        {
            return RedirectToPage("/Apply/Complaints");
        }

        var (incident, incidentProblem) = IncidentDate.Read("The date it happened");
        var (reported, reportedProblem) = ReportedDate.Read("The date you reported it");
        AddDateProblem("incidentDate", incidentProblem);
        AddDateProblem("reportedDate", reportedProblem);
        var agency = Agency == "Other" && !string.IsNullOrWhiteSpace(AgencyOther) ? AgencyOther.Trim() : Agency;
        var complaint = new ComplaintAnswer(incident, reported, agency, AgencyReference, Summary);
        Errors.AddFailures((await complaintValidator.ValidateAsync(complaint.ToInput(), ct)).Errors, Fields);
        if (Index is null && Answers.Complaints.Count >= SubmitApplicationValidator.MaxComplaints)
        {
            // The application could not be sent with more, and a draft must not grow without end.
            Errors.Add("incidentDate", $"You can add no more than {SubmitApplicationValidator.MaxComplaints} complaints. Change or remove one you have added instead.", isDate: true);
        }

        if (Errors.Any)
        {
            return Page();
        }

        if (Index is { } index)
        {
            Answers.Complaints[index] = complaint;
        }
        else
        {
            Answers.Complaints.Add(complaint);
        }

        await SaveAsync(ct);
        return RedirectToPage("/Apply/Complaints", new { change = ChangeFlag });
    }
}
