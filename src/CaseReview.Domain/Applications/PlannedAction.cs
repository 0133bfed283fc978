namespace CaseReview.Domain.Applications;

/// <summary>One recommendation as the panel words it: what, for which agency (by name), led by whom, by when.</summary>
public sealed record PlannedAction(string Action, string OwnerAgency, string? Lead, DateOnly DueDate);
