namespace CaseReview.Domain.Review;

/// <summary>
/// The record of a review meeting: each panel agency's attendance and the minutes. Recording it again replaces it
/// (<see cref="ReplacedAt"/>), keeping the earlier one as history.
/// </summary>
public sealed class MeetingRecord
{
    private readonly List<AgencyAttendance> _attendance = [];

    private MeetingRecord() { RecordedById = string.Empty; RecordedByName = string.Empty; }

    internal MeetingRecord(DateTime meetingAtUtc, IEnumerable<AgencyAttendance> attendance, string? minutes, string recordedById, string recordedByName, DateTime recordedAtUtc)
    {
        MeetingAt = meetingAtUtc;
        _attendance.AddRange(attendance);
        Minutes = minutes;
        RecordedById = recordedById;
        RecordedByName = recordedByName;
        RecordedAt = recordedAtUtc;
    }

    public int Id { get; private set; }

    /// <summary>The meeting recorded (a case re-reviewed after an appeal has another).</summary>
    public DateTime MeetingAt { get; private set; }
    public IReadOnlyList<AgencyAttendance> Attendance => _attendance;
    public string? Minutes { get; private set; }
    public string RecordedById { get; private set; }
    public string RecordedByName { get; private set; }
    public DateTime RecordedAt { get; private set; }
    public DateTime? ReplacedAt { get; private set; }

    public bool IsCurrent => ReplacedAt is null;

    internal void Replace(DateTime utcNow) => ReplacedAt ??= utcNow;

    /// <summary>Retention: the minutes and the names of those who came go; the attendance itself and the dates stay.</summary>
    internal void Anonymise()
    {
        Minutes = Applications.CaseApplication.Wiped(Minutes);
        foreach (var attendance in _attendance)
        {
            attendance.Anonymise();
        }
    }
}
