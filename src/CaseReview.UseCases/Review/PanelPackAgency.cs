using CaseReview.Domain.Review;
using CaseReview.UseCases.Cases;

namespace CaseReview.UseCases.Review;

/// <summary>
/// One agency on the panel in the pack: when its information was due, its current response (null until it answers) and,
/// once the meeting is recorded, whether it came.
/// </summary>
public sealed record PanelPackAgency(string Agency, DateOnly? InformationDue, AgencyResponseView? Response, Attendance? Attendance, string? Attendees);
