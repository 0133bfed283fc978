using System.Text.Json.Serialization;
using CaseReview.Domain.Agencies;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Review;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Review;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

public sealed record PanelSeatInput(string? Agency);

/// <summary>The panel's chair: a staff account with the Chair role (<c>userId</c>) or an independent chair by name.</summary>
public sealed record ChairInput(string? UserId, string? Name);

/// <summary>
/// Arrange the case review meeting and the agencies on its panel (whose members may then see the case), and
/// optionally the chair and how the applicant takes part. What is left out stays as it was.
/// </summary>
[Callers(Callers.Caseworkers, "arrange review meetings")]
public sealed record ScheduleReviewCommand(DateTime? MeetingAt, IReadOnlyList<PanelSeatInput>? Panel, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    public ChairInput? Chair { get; init; }

    public ApplicantParticipation? ApplicantParticipation { get; init; }

    /// <summary>
    /// The meeting as an instant. A time with an offset (or <c>Z</c>) is taken as given; a time without one is UK time
    /// (Europe/London, British Summer Time included), whatever the server's own time zone. Null when that UK time does
    /// not exist (the hour the clocks go forward).
    /// </summary>
    public DateTime? MeetingAtUtc() => MeetingAt switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } at => at,
        { Kind: DateTimeKind.Local } at => at.ToUniversalTime(),
        { } at when WorkingDayCalendar.London.IsInvalidTime(at) => null,
        { } at => TimeZoneInfo.ConvertTimeToUtc(at, WorkingDayCalendar.London),
    };
}

public sealed class ScheduleReviewValidator : AbstractValidator<ScheduleReviewCommand>
{
    /// <summary>More agencies than any partnership has; a longer list is refused whole, without checking each seat.</summary>
    public const int MaxPanel = 50;

    public ScheduleReviewValidator(TimeProvider clock)
    {
        RuleFor(x => x.Chair).Must(c => !string.IsNullOrWhiteSpace(c!.UserId) || !string.IsNullOrWhiteSpace(c.Name))
            .WithMessage("Give the chair's account (userId) or name").When(x => x.Chair is not null);
        RuleFor(x => x.Chair!.Name).MaximumLength(200).When(x => x.Chair is not null);
        RuleFor(x => x.Chair!.UserId).MaximumLength(100).When(x => x.Chair is not null);
        RuleFor(x => x.MeetingAt).NotNull().WithMessage("Enter the date and time of the review meeting");
        RuleFor(x => x.MeetingAt).Must((x, _) => x.MeetingAtUtc() is not null)
            .WithMessage("That time does not exist in the UK on that day because the clocks go forward. Choose another time")
            .Must((x, _) => x.MeetingAtUtc() is not { } at || at >= clock.GetUtcNow().UtcDateTime)
            .WithMessage("The meeting must be in the future")
            .When(x => x.MeetingAt is not null);
        RuleFor(x => x.Panel).Must(p => p!.Count > 0).WithMessage("Choose at least one agency for the panel")
            .Must(p => p!.Count <= MaxPanel).WithMessage($"Choose no more than {MaxPanel} agencies for the panel")
            .When(x => x.Panel is not null);
        // A seat sent as null has no agency to check: refused here, or the handler would read its name from nothing.
        RuleForEach(x => x.Panel).NotNull().WithMessage("Enter the agency's name")
            .When(x => x.Panel is not { Count: > MaxPanel });
        RuleForEach(x => x.Panel).ChildRules(seat => seat.RuleFor(s => s.Agency).NotEmpty().WithMessage("Enter the agency's name").MaximumLength(200))
            .When(x => x.Panel is not { Count: > MaxPanel });
    }
}

public sealed class ScheduleReviewHandler(CaseActionRunner runner, IStaffAccounts accounts, PanelSettings panel) : ICommandHandler<ScheduleReviewCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(ScheduleReviewCommand command, CancellationToken cancellationToken) =>
        // The chair is looked up once the caller is known to be allowed, and only here.
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.ScheduleReview, async (c, ctx) =>
            c.ScheduleReview(
                command.MeetingAtUtc()!.Value,
                Panel(command.Panel, ctx.Agencies),
                await ChairAsync(command.Chair, cancellationToken),
                command.ApplicantParticipation,
                ctx,
                panel.InformationDueWorkingDaysBeforeMeeting)),
            cancellationToken);

    /// <summary>Each agency as registered (names do not depend on capitals); an unknown or inactive one is refused beside its seat.</summary>
    private static IReadOnlyList<string> Panel(IReadOnlyList<PanelSeatInput>? seats, AgencyRegister agencies) =>
        [.. (seats ?? []).Select((seat, i) => agencies.Find(seat.Agency) is { Active: true } agency
            ? agency.Name
            : throw new CaseRuleException($"panel[{i}].agency", $"There is no active agency called '{seat.Agency}'. Use the name of a registered agency"))];

    private async Task<PanelChair?> ChairAsync(ChairInput? input, CancellationToken cancellationToken)
    {
        if (input is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(input.UserId))
        {
            return new PanelChair(null, input.Name!.Trim());
        }

        var account = await accounts.FindAsync(input.UserId, cancellationToken);
        if (account is not { Disabled: false } || !account.Roles.Contains(Roles.Chair))
        {
            throw new CaseRuleException("chair.userId", "There is no active account with the Chair role with that id");
        }

        return new PanelChair(account.Id, string.IsNullOrWhiteSpace(input.Name) ? account.Name ?? account.Email : input.Name.Trim());
    }
}
