using CaseReview.UseCases.Applications;

namespace CaseReview.Web.Pages.Apply;

public sealed record ComplaintAnswer(DateOnly? IncidentDate, DateOnly? ReportedDate, string? Agency, string? AgencyReference, string? Summary)
{
    public ComplaintInput ToInput() => new(IncidentDate, ReportedDate, Agency, AgencyReference, Summary);
}
