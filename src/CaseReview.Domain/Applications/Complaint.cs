namespace CaseReview.Domain.Applications;

/// <summary>A complaint the applicant made to a relevant body before applying.</summary>
public sealed class Complaint
{
    private Complaint() { Agency = string.Empty; Summary = string.Empty; }

    public Complaint(DateOnly incidentDate, DateOnly reportedDate, string agency, string? agencyReference, string? summary)
    {
        IncidentDate = incidentDate;
        ReportedDate = reportedDate;
        Agency = agency;
        AgencyReference = agencyReference;
        Summary = summary ?? string.Empty;
    }

    public int Id { get; private set; }
    public DateOnly IncidentDate { get; private set; }
    public DateOnly ReportedDate { get; private set; }
    public string Agency { get; private set; }
    public string? AgencyReference { get; private set; }
    public string Summary { get; private set; }

    /// <summary>An officer has checked the complaint against the agency's own records.</summary>
    public bool VerifiedByOfficer { get; private set; }
    public string? VerifiedBy { get; private set; }
    public DateTime? VerifiedAt { get; private set; }

    internal void Verify(string officer, DateTime utcNow)
    {
        VerifiedByOfficer = true;
        VerifiedBy = officer;
        VerifiedAt = utcNow;
    }

    /// <summary>A correction of what happened.</summary>
    internal void CorrectSummary(string? value) => Summary = value ?? string.Empty;

    /// <summary>A correction of the agency's reference.</summary>
    internal void CorrectAgencyReference(string? value) => AgencyReference = value;

    /// <summary>Retention: what the applicant wrote goes; the dates and the agency stay for the figures.</summary>
    internal void Anonymise()
    {
        Summary = Summary.Length == 0 ? Summary : CaseApplication.AnonymisedText;
        AgencyReference = null;
    }
}
