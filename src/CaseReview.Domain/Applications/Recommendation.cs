namespace CaseReview.Domain.Applications;

public enum RecommendationStatus { Open, InProgress, Done }

/// <summary>One line of the action plan: a body given a recommendation must have regard to it.</summary>
public sealed class Recommendation
{
    private Recommendation() { Action = string.Empty; OwnerAgency = string.Empty; }

    public Recommendation(string action, string ownerAgency, string? lead, DateOnly dueDate)
    {
        Action = action;
        OwnerAgency = ownerAgency;
        Lead = lead;
        DueDate = dueDate;
        Status = RecommendationStatus.Open;
    }

    public int Id { get; private set; }
    public string Action { get; private set; }
    public string OwnerAgency { get; private set; }
    public string? Lead { get; private set; }
    public DateOnly DueDate { get; private set; }
    public RecommendationStatus Status { get; private set; }
}
