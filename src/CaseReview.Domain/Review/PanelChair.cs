namespace CaseReview.Domain.Review;

/// <summary>Who chairs the panel: a staff account (<see cref="UserId"/>) or a named independent chair.</summary>
public sealed record PanelChair(string? UserId, string Name);
