namespace CaseReview.Domain.Applications;

/// <summary>
/// What the applicant tells us when applying, however the application arrived. A third party gives the victim's details
/// (<paramref name="Victim"/>) as well as their own (<paramref name="Applicant"/>).
/// </summary>
public sealed record ApplicationDetails(
    Applicant Applicant,
    bool IsThirdParty,
    ThirdParty? ThirdParty,
    VictimType VictimType,
    string Location,
    string Description,
    AsbType AsbType,
    IReadOnlyList<IssueType> IssueTypes,
    bool HateMotivated,
    string Impact,
    Channel Channel,
    DateOnly? ProblemStartedOn,
    IReadOnlyList<Complaint> Complaints,
    Victim? Victim = null);
