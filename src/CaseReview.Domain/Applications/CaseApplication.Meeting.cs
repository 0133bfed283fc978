using CaseReview.Domain.Calendar;
using CaseReview.Domain.Review;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Applications;

/// <summary>
/// The panel's papers and meeting: an information request to each panel agency when the meeting is arranged (answered
/// by its response), and the record of the meeting (attendance and minutes).
/// </summary>
public sealed partial class CaseApplication
{
    private readonly List<InformationRequest> _informationRequests = [];
    private readonly List<MeetingRecord> _meetingRecords = [];

    /// <summary>Every information request, those set aside included.</summary>
    public IReadOnlyList<InformationRequest> InformationRequests => _informationRequests;

    /// <summary>The requests that still count (answered or waiting), in panel order.</summary>
    public IReadOnlyList<InformationRequest> CurrentInformationRequests =>
        [.. _informationRequests.Where(r => r.IsCurrent).OrderBy(r => PanelAgencyIds.IndexOf(r.AgencyId))];

    public IReadOnlyList<MeetingRecord> MeetingRecords => _meetingRecords;

    /// <summary>The record of the meeting now arranged, once someone has made it; null before.</summary>
    public MeetingRecord? CurrentMeetingRecord =>
        Meeting.At is { } meeting ? _meetingRecords.LastOrDefault(r => r.IsCurrent && r.MeetingAt == meeting) : null;

    /// <summary>Attendance and minutes are recorded from the day of the meeting, while the case is open.</summary>
    public bool MayRecordMeeting(DateOnly today) =>
        IsOpen && !IsAnonymised && Meeting.At is { } meeting && today >= WorkingDayCalendar.LondonDate(meeting);

    /// <summary>
    /// When the agencies' information is due for a meeting: <paramref name="workingDaysBefore"/> working days before it,
    /// but never sooner than the next working day. When the meeting is too close for that, the request is short notice.
    /// </summary>
    public static (DateOnly DueDate, bool ShortNotice) InformationDueDate(DateTime meetingAtUtc, int workingDaysBefore, ActionContext context)
    {
        var calendar = context.Planner.Calendar;
        var meetingDay = WorkingDayCalendar.LondonDate(meetingAtUtc);
        var usual = calendar.SubtractWorkingDays(meetingDay, workingDaysBefore);
        var soonest = calendar.AddWorkingDays(context.Today, 1);
        if (usual >= soonest)
        {
            return (usual, false);
        }

        // The day of the meeting at the latest: a meeting later today gets today.
        return (soonest <= meetingDay ? soonest : meetingDay, true);
    }

    // Each agency on the panel gets one request; an unanswered one follows the meeting when it moves, and an agency
    // no longer on the panel is no longer asked.
    private void RequestInformation(int workingDaysBefore, ActionContext context)
    {
        var (due, shortNotice) = InformationDueDate(Meeting.At!.Value, workingDaysBefore, context);
        foreach (var request in _informationRequests.Where(r => r.IsOpen && !HasOnPanel(r.AgencyId)))
        {
            request.SetAside(context.UtcNow);
        }

        var asked = new List<int>();
        foreach (var agencyId in PanelAgencyIds)
        {
            var current = _informationRequests.FirstOrDefault(r => r.IsCurrent && r.AgencyId == agencyId);
            if (current is null)
            {
                _informationRequests.Add(new InformationRequest(agencyId, context.UtcNow, due, shortNotice));
                asked.Add(agencyId);
            }
            else if (current.IsOpen && current.DueDate != due)
            {
                current.MoveDueDate(due, shortNotice);
                asked.Add(agencyId);
            }
        }

        if (asked.Count > 0)
        {
            var note = $"Information requested from {string.Join(", ", context.Agencies.NamesOf(asked))} by {due:yyyy-MM-dd}";
            if (shortNotice)
            {
                note += $": short notice, the meeting is fewer than {workingDaysBefore} working days away";
            }

            _history.Add(new StatusChange(Status, Status, "information-requested", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, note));
        }
    }

    private void AnswerInformationRequest(int agencyId, ActionContext context) =>
        _informationRequests.FirstOrDefault(r => r.IsOpen && r.AgencyId == agencyId)?.Answer(context.UtcNow);

    // The case moved on (outcome sent, closed, withdrawn): nothing more can be answered.
    private void SetAsideOpenInformationRequests(ActionContext context)
    {
        foreach (var request in _informationRequests.Where(r => r.IsOpen))
        {
            request.SetAside(context.UtcNow);
        }
    }

    /// <summary>
    /// Records who came to the review meeting (every agency on the panel: present, apologies or absent) and its minutes.
    /// Recording again replaces the record and keeps the earlier one as history.
    /// </summary>
    public void RecordMeeting(IReadOnlyList<AttendanceEntry> attendance, string? minutes, ActionContext context)
    {
        if (Meeting.At is not { } meeting || !IsOpen || IsAnonymised)
        {
            throw new CaseStateException(Status, IsOpen
                ? "There is no review meeting arranged. Arrange the meeting first, then record who came and the minutes."
                : $"The case is {Status}: its meeting record can no longer be changed.");
        }

        if (!MayRecordMeeting(context.Today))
        {
            throw new CaseStateException(Status, $"The review meeting is on {MeetingWords(meeting)}. Record who came and the minutes from the day of the meeting.");
        }

        var rows = new List<AgencyAttendance>();
        for (var i = 0; i < attendance.Count; i++)
        {
            var entry = attendance[i];
            var agency = context.Agencies.Find(entry.Agency) is { } found && HasOnPanel(found.Id)
                ? found
                : throw new CaseRuleException($"attendance[{i}].agency", $"{entry.Agency} is not on this case's panel.");
            if (rows.Any(r => r.AgencyId == agency.Id))
            {
                throw new CaseRuleException($"attendance[{i}].agency", $"{agency.Name} is listed twice. Give each agency once.");
            }

            rows.Add(new AgencyAttendance(agency.Id, entry.Attendance, string.IsNullOrWhiteSpace(entry.Attendees) ? null : entry.Attendees.Trim()));
        }

        var missing = PanelAgencyIds.Where(id => rows.All(r => r.AgencyId != id)).ToList();
        if (missing.Count > 0)
        {
            throw new CaseRuleException("attendance", $"Say whether each agency on the panel came. Missing: {string.Join(", ", context.Agencies.NamesOf(missing))}");
        }

        var earlier = CurrentMeetingRecord;
        earlier?.Replace(context.UtcNow);
        var ordered = rows.OrderBy(r => PanelAgencyIds.IndexOf(r.AgencyId));
        _meetingRecords.Add(new MeetingRecord(meeting, ordered, string.IsNullOrWhiteSpace(minutes) ? null : minutes.Trim(), context.Actor.Id, context.Actor.DisplayName, context.UtcNow));
        var present = rows.Count(r => r.Attendance == Attendance.Present);
        var note = $"{(earlier is null ? "Meeting recorded" : "Meeting record replaced")}: {present} of {rows.Count} agencies present";
        _history.Add(new StatusChange(Status, Status, "meeting-record", context.Actor.Id, context.Actor.DisplayName, context.UtcNow, note));
        Version++;
    }
}
