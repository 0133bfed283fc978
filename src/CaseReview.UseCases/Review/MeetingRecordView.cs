namespace CaseReview.UseCases.Review;

/// <summary>The record of the review meeting: each panel agency's attendance (and who came), the minutes, who recorded them and when.</summary>
public sealed record MeetingRecordView(DateTime MeetingAt, IReadOnlyList<AttendanceView> Attendance, string? Minutes, string RecordedBy, DateTime RecordedAt);
