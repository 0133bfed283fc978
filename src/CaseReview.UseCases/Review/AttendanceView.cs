using CaseReview.Domain.Review;

namespace CaseReview.UseCases.Review;

/// <summary>One agency's attendance at the meeting.</summary>
public sealed record AttendanceView(string Agency, Attendance Attendance, string? Attendees);
