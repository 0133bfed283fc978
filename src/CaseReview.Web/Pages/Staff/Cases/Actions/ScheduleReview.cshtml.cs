using System.Globalization;
using System.Text.RegularExpressions;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Review;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Agencies;
using CaseReview.UseCases.Cases.Actions;
using CaseReview.UseCases.Common;
using CaseReview.Web.Forms;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff.Cases.Actions;

/// <summary>
/// Arrange the review meeting (<see cref="ScheduleReviewCommand"/>): when (UK time), which agencies sit on the
/// panel, who chairs it, and how the applicant takes part. Arranging again shows what is arranged now.
/// </summary>
public sealed partial class ScheduleReviewModel(IMediator mediator) : CaseActionPageModel(mediator)
{
    [BindProperty] public DateParts MeetingDate { get; set; } = new();

    [BindProperty] public string? MeetingTime { get; set; }

    [BindProperty] public List<string> Panel { get; set; } = [];

    [BindProperty] public string? ChairId { get; set; }

    [BindProperty] public string? ChairName { get; set; }

    [BindProperty] public string? Participation { get; set; }

    public IReadOnlyList<Choice> AgencyChoices { get; private set; } = [];

    public IReadOnlyList<Choice> ChairChoices { get; private set; } = [];

    public static IReadOnlyList<Choice> ParticipationChoices { get; } =
    [
        new(nameof(ApplicantParticipation.InPerson), "In person at the meeting"),
        new(nameof(ApplicantParticipation.Online), "Online at the meeting"),
        new(nameof(ApplicantParticipation.WrittenViews), "By sending their views in writing"),
        new(nameof(ApplicantParticipation.NotTakingPart), "Not taking part"),
    ];

    protected override CaseAction? WorkflowAction => CaseAction.ScheduleReview;

    protected override IReadOnlyList<FormField> Fields { get; } =
    [
        new("meetingAt", "meeting-date", IsDate: true),
        new("panel", "panel"),
        new("panel[0].agency", "panel"),
        new("chair", "chair-id"),
        new("chair.userId", "chair-id"),
        new("chair.name", "chair-name"),
        new("applicantParticipation", "participation"),
    ];

    protected override async Task OnLoadedAsync(CancellationToken ct)
    {
        var review = Case.Review;
        if (review.MeetingAt is { } at)
        {
            var local = WorkingDayCalendar.LondonTime(at);
            MeetingDate = DateParts.From(DateOnly.FromDateTime(local));
            MeetingTime = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        Panel = [.. review.Panel];
        ChairId = review.Chair?.UserId;
        ChairName = review.Chair is { UserId: null } independent ? independent.Name : null;
        Participation = review.ApplicantParticipation?.ToString();
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var meetingAt = ReadMeetingAt();
        if (Errors.Any)
        {
            ViewData["HasErrors"] = true;
            return await LoadAsync(ct) ?? Page();
        }

        var chair = string.IsNullOrWhiteSpace(ChairId) && string.IsNullOrWhiteSpace(ChairName) ? null : new ChairInput(NullIfBlank(ChairId), NullIfBlank(ChairName));
        var command = new ScheduleReviewCommand(meetingAt, [.. Panel.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => new PanelSeatInput(p))], Version)
        {
            Reference = Reference,
            Chair = chair,
            ApplicantParticipation = Choices.ToEnum<ApplicantParticipation>(Participation),
        };
        return await SendAsync(command, "Review meeting arranged", ct);
    }

    private async Task LoadChoicesAsync(CancellationToken ct)
    {
        var agencies = await Mediator.Send(new ListAgenciesQuery(), ct);
        AgencyChoices = [.. agencies.Where(a => a.Active).Select(a => new Choice(a.Name, a.Name))];
        try
        {
            var chairs = await Mediator.Send(new ListChairsQuery(), ct);
            ChairChoices = [.. chairs.Select(c => new Choice(c.Id, c.Name))];
        }
        catch (ForbiddenException)
        {
            // Someone who may not arrange panels: the handler refuses the command itself.
            ChairChoices = [];
        }
    }

    /// <summary>The meeting's date and UK time as the instant it is (British Summer Time taken into account).</summary>
    private DateTime? ReadMeetingAt()
    {
        var (date, problem) = MeetingDate.Read("The meeting date");
        if (problem is not null)
        {
            Errors.Add("meeting-date", problem, isDate: true);
        }
        else if (date is null)
        {
            Errors.Add("meeting-date", "Enter the date of the review meeting", isDate: true);
        }

        var time = ReadTime(MeetingTime);
        if (time is null)
        {
            Errors.Add("meeting-time", string.IsNullOrWhiteSpace(MeetingTime)
                ? "Enter the time of the review meeting"
                : "Enter the time like 10am, 2:30pm or 14:30");
        }

        if (date is not { } d || time is not { } t)
        {
            return null;
        }

        var local = d.ToDateTime(t, DateTimeKind.Unspecified);
        if (WorkingDayCalendar.London.IsInvalidTime(local))
        {
            Errors.Add("meeting-time", "That time does not exist on that day because the clocks go forward. Choose another time");
            return null;
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, WorkingDayCalendar.London);
    }

    internal static TimeOnly? ReadTime(string? typed)
    {
        var match = TimePattern().Match((typed ?? string.Empty).Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = hour % 12 + (suffix == "pm" ? 12 : 0);
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
