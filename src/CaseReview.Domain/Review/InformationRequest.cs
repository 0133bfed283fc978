using System.Linq.Expressions;

namespace CaseReview.Domain.Review;

/// <summary>
/// What the lead body asks of one agency on the panel when the meeting is arranged: its chronology and response (what it
/// knew, what it did) by a due date before the meeting. Answered by the agency's response; set aside when the agency
/// leaves the panel, the review is set aside on appeal, or the case moves on without it.
/// </summary>
public sealed class InformationRequest
{
    /// <summary>Working days before the meeting the agencies' information is due, unless the council says otherwise.</summary>
    public const int DefaultWorkingDaysBeforeMeeting = 5;

    private InformationRequest() { }

    internal InformationRequest(int agencyId, DateTime requestedAtUtc, DateOnly dueDate, bool shortNotice)
    {
        AgencyId = agencyId;
        RequestedAt = requestedAtUtc;
        DueDate = dueDate;
        ShortNotice = shortNotice;
    }

    public int Id { get; private set; }

    /// <summary>The agency asked (by id: renaming the agency renames it here too).</summary>
    public int AgencyId { get; private set; }
    public DateTime RequestedAt { get; private set; }
    public DateOnly DueDate { get; private set; }

    /// <summary>The meeting was too close for the usual notice, so the agency was given less time.</summary>
    public bool ShortNotice { get; private set; }

    /// <summary>When the agency's response answered it; null while it waits.</summary>
    public DateTime? AnsweredAt { get; private set; }

    /// <summary>When it stopped counting unanswered (agency off the panel, review set aside, case moved on); null while it counts.</summary>
    public DateTime? SetAsideAt { get; private set; }

    /// <summary>
    /// Open: neither answered nor set aside. The rule as a query, for reading open requests across cases (the dashboard,
    /// the reminders, the panel's list); <see cref="IsOpen"/> is the same rule on one request.
    /// </summary>
    public static readonly Expression<Func<InformationRequest, bool>> Open = r => r.AnsweredAt == null && r.SetAsideAt == null;

    private static readonly Func<InformationRequest, bool> OpenRule = Open.Compile();

    public bool IsOpen => OpenRule(this);

    public bool IsCurrent => SetAsideAt is null;

    internal void Answer(DateTime utcNow) => AnsweredAt ??= utcNow;

    internal void SetAside(DateTime utcNow) => SetAsideAt ??= utcNow;

    /// <summary>The meeting moved: an unanswered request follows it.</summary>
    internal void MoveDueDate(DateOnly dueDate, bool shortNotice)
    {
        DueDate = dueDate;
        ShortNotice = shortNotice;
    }
}
