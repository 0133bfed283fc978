namespace CaseReview.Domain.Applications;

/// <summary>One step in a recommendation's progress: its status before and after, a note, who and when.</summary>
public sealed class RecommendationUpdate
{
    private RecommendationUpdate() { ById = string.Empty; ByName = string.Empty; }

    public RecommendationUpdate(RecommendationStatus from, RecommendationStatus to, string? note, string byId, string byName, DateTime atUtc)
    {
        From = from;
        To = to;
        Note = note;
        ById = byId;
        ByName = byName;
        At = atUtc;
    }

    public int Id { get; private set; }
    public RecommendationStatus From { get; private set; }
    public RecommendationStatus To { get; private set; }
    public string? Note { get; private set; }
    public string ById { get; private set; }
    public string ByName { get; private set; }
    public DateTime At { get; private set; }

    /// <summary>Retention: the note goes; the change of status, who and when stay.</summary>
    internal void Anonymise() => Note = CaseApplication.Wiped(Note);
}
