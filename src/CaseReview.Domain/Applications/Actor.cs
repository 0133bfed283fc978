namespace CaseReview.Domain.Applications;

/// <summary>Who took an action: a staff user, the applicant (through the tracking code) or the system.</summary>
public sealed record Actor(string Id, string DisplayName)
{
    public static readonly Actor Applicant = new("applicant", "Applicant");
    public static readonly Actor System = new("system", "CaseReview");
}
