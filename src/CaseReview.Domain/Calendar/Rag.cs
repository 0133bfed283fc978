namespace CaseReview.Domain.Calendar;

/// <summary>Red/amber/green status of a deadline.</summary>
public enum Rag
{
    Green,
    Amber,
    Red,
}
