using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Tracking;

/// <summary>One action of the plan, for the applicant: what, which agency, by when, and how far it has got.</summary>
public sealed record ActionPlanItem(string Action, string OwnerAgency, DateOnly DueDate, RecommendationStatus Status)
{
    /// <summary>The status in plain words for the tracking page (the API gives <see cref="Status"/>).</summary>
    [JsonIgnore]
    public string StatusWords => Status switch
    {
        RecommendationStatus.Open => "Not started",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Completed => "Done",
        RecommendationStatus.NotCompleted => "Not done",
        _ => Status.ToString(),
    };
}
