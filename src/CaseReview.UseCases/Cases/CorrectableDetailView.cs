namespace CaseReview.UseCases.Cases;

/// <summary>A detail of the case an officer may correct, with the value it holds now (null when empty).</summary>
public sealed record CorrectableDetailView(string Field, string Label, string? Value, bool Required, int MaxLength);
