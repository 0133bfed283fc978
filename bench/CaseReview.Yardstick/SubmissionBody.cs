namespace CaseReview.Yardstick;

/// <summary>The parts of an application's body the yardstick reads (the rest of the JSON is skipped, as the app would bind it).</summary>
public sealed record SubmissionBody(
    SubmissionApplicant? Applicant,
    bool? IsThirdParty,
    string? VictimType,
    string? Location,
    string? Description,
    string? AsbType,
    IReadOnlyList<string>? IssueTypes,
    bool? HateMotivated,
    string? Impact,
    string? Channel,
    IReadOnlyList<SubmissionComplaint>? Complaints);

public sealed record SubmissionApplicant(string? Name, string? Email, string? Phone, string? Address, string? Postcode, string? PreferredContact);

public sealed record SubmissionComplaint(DateOnly? IncidentDate, DateOnly? ReportedDate, string? Agency, string? AgencyReference, string? Summary);
