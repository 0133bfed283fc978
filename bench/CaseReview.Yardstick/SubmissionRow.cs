namespace CaseReview.Yardstick;

/// <summary>One stored submission: a few columns and the complaints as JSON.</summary>
public sealed class SubmissionRow
{
    public Guid Id { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string ApplicantName { get; set; } = string.Empty;
    public string? ApplicantEmail { get; set; }
    public string Location { get; set; } = string.Empty;
    public string Description { get; set; } = string.Empty;
    public string Impact { get; set; } = string.Empty;
    public string Complaints { get; set; } = string.Empty;
}
