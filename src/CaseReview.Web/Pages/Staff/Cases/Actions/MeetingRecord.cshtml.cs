using CaseReview.UseCases.Review;
using CaseReview.Web.Auth;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Who came to the review meeting (each agency on the panel: present, apologies or absent, and who came) and its minutes
/// (<see cref="RecordMeetingCommand"/>). Officers and the chair, from the day of the meeting; the record already made is
/// filled in so that it can be corrected or the minutes added later.
/// </summary>
public sealed class MeetingRecordModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    public static IReadOnlyList<Choice> AttendanceChoices { get; } =
    [
        new(nameof(Domain.Review.Attendance.Present), "Present"),
        new(nameof(Domain.Review.Attendance.Apologies), "Apologies"),
        new(nameof(Domain.Review.Attendance.Absent), "Absent"),
    ];

    [BindProperty] public List<AttendanceInput> Attendance { get; set; } = [];

    [BindProperty] public string? Minutes { get; set; }

    protected override IReadOnlyList<FormField> Fields =>
    [
        new("attendance", "attendance-0"),
        .. Enumerable.Range(0, Math.Max(Attendance.Count, 1)).SelectMany(i => new FormField[]
        {
            new($"attendance[{i}].agency", $"attendance-{i}"),
            new($"attendance[{i}].attendance", $"attendance-{i}"),
            new($"attendance[{i}].attendees", $"attendees-{i}"),
        }),
        new("minutes", "minutes"),
    ];

    protected override string? NotNow() => Case.Permissions.RecordMeeting
        ? null
        : User.IsCaseworker() || User.IsInRole(UseCases.Common.Roles.Chair)
            ? Case.Review.MeetingAt is { } at
                ? $"The review meeting is on {Dates.LondonTime(at)}. Record who came and the minutes from the day of the meeting, while the case is open."
                : "There is no review meeting arranged. Arrange the meeting first."
            : "Only case officers and the panel's chair record the meeting.";

    protected override Task OnLoadedAsync(CancellationToken ct)
    {
        var record = Case.Review.MeetingRecord;
        Attendance = [.. Case.Review.Panel.Select(agency => record?.Attendance.FirstOrDefault(a => string.Equals(a.Agency, agency, StringComparison.OrdinalIgnoreCase)) is { } line
            ? new AttendanceInput(agency, line.Attendance, line.Attendees)
            : new AttendanceInput(agency, null, null))];
        Minutes = record?.Minutes;
        return Task.CompletedTask;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        SendAsync(new RecordMeetingCommand(Attendance, Minutes, Version) { Reference = Reference }, "Meeting recorded", ct);
}
