namespace CaseReview.UseCases.Drafts;

/// <summary>How long a resident's unsent answers are kept (setting <c>Drafts:LifetimeHours</c>).</summary>
public sealed record DraftSettings
{
    public int LifetimeHours { get; init; } = 24;
}
