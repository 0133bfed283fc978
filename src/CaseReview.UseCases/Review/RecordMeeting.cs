using System.Text.Json.Serialization;
using CaseReview.Domain.Review;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Review;

/// <summary>One agency's line of the attendance: present, apologies or absent, and who came (optional).</summary>
public sealed record AttendanceInput(string? Agency, Attendance? Attendance, string? Attendees);

/// <summary>
/// Records the review meeting: every agency on the panel's attendance and the minutes (which may follow later: recording
/// again replaces the record and keeps the earlier one). Officers, and the chair; from the day of the meeting while the
/// case is open (409 before the meeting is arranged or its day).
/// </summary>
[Callers(Callers.Staff, "record the review meeting")]
public sealed record RecordMeetingCommand(IReadOnlyList<AttendanceInput>? Attendance, string? Minutes, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class RecordMeetingValidator : AbstractValidator<RecordMeetingCommand>
{
    public RecordMeetingValidator()
    {
        RuleFor(x => x.Attendance).NotEmpty().WithMessage("Say whether each agency on the panel came to the meeting")
            .Must(a => a!.Count <= Cases.Actions.ScheduleReviewValidator.MaxPanel).WithMessage("There are more lines than agencies on any panel")
            .When(x => x.Attendance is not null, ApplyConditionTo.CurrentValidator);
        RuleForEach(x => x.Attendance).NotNull().WithMessage("Say which agency and whether it came")
            .ChildRules(line =>
            {
                line.RuleFor(l => l.Agency).NotEmpty().WithMessage("Enter the agency's name").MaximumLength(200);
                line.RuleFor(l => l.Attendance).NotNull().WithMessage("Choose present, apologies or absent")
                    .IsInEnum().WithMessage("Choose present, apologies or absent");
                line.RuleFor(l => l.Attendees).MaximumLength(MeetingRecordLimits.AttendeesLength)
                    .WithMessage($"Names of who came must be {MeetingRecordLimits.AttendeesLength} characters or fewer");
            })
            .When(x => x.Attendance is { Count: <= Cases.Actions.ScheduleReviewValidator.MaxPanel });
        RuleFor(x => x.Minutes).MaximumLength(MeetingRecordLimits.MinutesLength)
            .WithMessage($"The minutes must be {MeetingRecordLimits.MinutesLength} characters or fewer");
    }
}

public sealed class RecordMeetingHandler(CaseActionRunner runner, CaseAccess access) : ICommandHandler<RecordMeetingCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RecordMeetingCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Guarded("case.meeting-record", c =>
        {
            if (!access.MayRecordMeeting(c))
            {
                throw new ForbiddenException("Only case officers and the panel's chair record the meeting.");
            }
        }, (c, ctx) => c.RecordMeeting([.. command.Attendance!.Select(a => new AttendanceEntry(a.Agency!.Trim(), a.Attendance!.Value, a.Attendees))], command.Minutes, ctx)), cancellationToken);
}
