namespace CaseReview.Domain.Applications;

/// <summary>One line of the action plan: a body given a recommendation must have regard to it.</summary>
public sealed class Recommendation
{
    private readonly List<RecommendationUpdate> _updates = [];

    private Recommendation() { Action = string.Empty; }

    internal Recommendation(string action, int ownerAgencyId, string? lead, DateOnly dueDate, int review, DateTime madeAtUtc)
    {
        Action = action;
        OwnerAgencyId = ownerAgencyId;
        Review = review;
        MadeAt = madeAtUtc;
        Lead = lead;
        DueDate = dueDate;
        Status = RecommendationStatus.Open;
    }

    public int Id { get; private set; }
    public string Action { get; private set; }
    /// <summary>The agency given the action (by id: renaming the agency renames it here too).</summary>
    public int OwnerAgencyId { get; private set; }

    /// <summary>The named person in the owner agency who sees the action through.</summary>
    public string? Lead { get; private set; }
    public DateOnly DueDate { get; private set; }
    public RecommendationStatus Status { get; private set; }

    /// <summary>Which review of the case made it: 1, then 2 for a fresh review after an upheld appeal, and so on.</summary>
    public int Review { get; private set; } = 1;

    /// <summary>
    /// When the review that made it was recorded (UTC): the moment of that review's line in the case's history, so a
    /// year's reviews that made recommendations are counted from the recommendations alone.
    /// </summary>
    public DateTime MadeAt { get; private set; }

    /// <summary>When an upheld appeal set its review aside: kept as history, no longer followed, reminded or counted.</summary>
    public DateTime? SetAsideAt { get; private set; }

    public bool IsCurrent => SetAsideAt is null;

    /// <summary>Every change of status, oldest first: the progress of the action plan.</summary>
    public IReadOnlyList<RecommendationUpdate> Updates => _updates;

    internal void SetAside(DateTime utcNow) => SetAsideAt = utcNow;

    internal void ChangeStatus(RecommendationStatus to, string? note, Actor actor, DateTime utcNow)
    {
        _updates.Add(new RecommendationUpdate(Status, to, note, actor.Id, actor.DisplayName, utcNow));
        Status = to;
    }

    /// <summary>Retention: the action's wording, its named lead and the progress notes go; owner, dates and statuses stay.</summary>
    internal void Anonymise()
    {
        Action = CaseApplication.AnonymisedText;
        Lead = null;
        foreach (var update in _updates)
        {
            update.Anonymise();
        }
    }
}
