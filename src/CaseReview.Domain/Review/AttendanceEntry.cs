namespace CaseReview.Domain.Review;

/// <summary>One line of the meeting's attendance as staff give it: the agency by name, whether it came, and who came.</summary>
public sealed record AttendanceEntry(string Agency, Attendance Attendance, string? Attendees);
