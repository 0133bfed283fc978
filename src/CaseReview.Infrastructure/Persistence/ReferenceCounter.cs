namespace CaseReview.Infrastructure.Persistence;

/// <summary>The last case number handed out in a year.</summary>
public sealed class ReferenceCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
