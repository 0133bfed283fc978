using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

namespace CaseReview.Domain.Applications;

public sealed partial class CaseApplication
{
    private enum Trigger
    {
        StartAssessment,
        ThresholdMet,
        ThresholdNotMet,
        ScheduleReview,
        RecordReview,
        SendOutcome,
        RequestAppeal,
        AppealUpheld,
        AppealNotUpheld,
        Close,
        Withdraw,
    }

    private static readonly Dictionary<Trigger, CaseAction> ActionOf = new()
    {
        [Trigger.StartAssessment] = CaseAction.StartAssessment,
        [Trigger.ThresholdMet] = CaseAction.ThresholdDecision,
        [Trigger.ThresholdNotMet] = CaseAction.ThresholdDecision,
        [Trigger.ScheduleReview] = CaseAction.ScheduleReview,
        [Trigger.RecordReview] = CaseAction.RecordReview,
        [Trigger.SendOutcome] = CaseAction.SendOutcome,
        [Trigger.RequestAppeal] = CaseAction.Appeal,
        [Trigger.AppealUpheld] = CaseAction.AppealDecision,
        [Trigger.AppealNotUpheld] = CaseAction.AppealDecision,
        [Trigger.Close] = CaseAction.Close,
        [Trigger.Withdraw] = CaseAction.Withdraw,
    };

    private static readonly CaseStatus[] OpenStatuses =
    [
        CaseStatus.Received, CaseStatus.InAssessment, CaseStatus.ThresholdNotMet, CaseStatus.ReviewPending,
        CaseStatus.ReviewHeld, CaseStatus.OutcomeSent, CaseStatus.AppealRequested,
    ];

    private readonly StateMachine<CaseStatus, Trigger> _machine;

    // Guards that depend on the date read this; every business method sets it before asking the machine.
    private DateOnly _today;

    private StateMachine<CaseStatus, Trigger> BuildMachine()
    {
        var machine = new StateMachine<CaseStatus, Trigger>(() => Status, s => Status = s);

        machine.Configure(CaseStatus.Received)
            .Permit(Trigger.StartAssessment, CaseStatus.InAssessment);

        machine.Configure(CaseStatus.InAssessment)
            .Permit(Trigger.ThresholdMet, CaseStatus.ReviewPending)
            .Permit(Trigger.ThresholdNotMet, CaseStatus.ThresholdNotMet);

        machine.Configure(CaseStatus.ThresholdNotMet)
            .PermitIf(Trigger.RequestAppeal, CaseStatus.AppealRequested, AppealWindowIsOpen)
            .PermitIf(Trigger.Close, CaseStatus.Closed, AppealWindowHasEnded);

        machine.Configure(CaseStatus.ReviewPending)
            .PermitReentry(Trigger.ScheduleReview)
            .PermitIf(Trigger.RecordReview, CaseStatus.ReviewHeld, MeetingIsScheduled);

        machine.Configure(CaseStatus.ReviewHeld)
            .Permit(Trigger.SendOutcome, CaseStatus.OutcomeSent);

        machine.Configure(CaseStatus.OutcomeSent)
            .PermitIf(Trigger.RequestAppeal, CaseStatus.AppealRequested, AppealWindowIsOpen)
            .PermitIf(Trigger.Close, CaseStatus.Closed, AppealWindowHasEnded);

        machine.Configure(CaseStatus.AppealRequested)
            .PermitDynamic(
                Trigger.AppealUpheld,
                ReturnAfterUpheldAppeal,
                "threshold appeal: InAssessment; review appeal: ReviewPending",
                new DynamicStateInfos { { CaseStatus.InAssessment, "threshold appeal" }, { CaseStatus.ReviewPending, "review appeal" } })
            .Permit(Trigger.AppealNotUpheld, CaseStatus.Closed);

        foreach (var status in OpenStatuses)
        {
            machine.Configure(status).Permit(Trigger.Withdraw, CaseStatus.Withdrawn);
        }

        return machine;
    }

    private bool AppealWindowIsOpen() => OpenDeadline(Stage.AppealWindow) is { } window && _today <= window.DueDate;

    private bool AppealWindowHasEnded() => OpenDeadline(Stage.AppealWindow) is not { } window || _today > window.DueDate;

    private bool MeetingIsScheduled() => Meeting.IsArranged;

    private CaseStatus ReturnAfterUpheldAppeal() =>
        Appeal?.Kind == AppealKind.Threshold ? CaseStatus.InAssessment : CaseStatus.ReviewPending;

    /// <summary>The actions the machine permits now, in a stable order; the single source of <c>allowedActions</c>.</summary>
    public IReadOnlyList<CaseAction> AllowedActions(DateTime utcNow, DeadlinePlanner planner)
    {
        if (IsRestricted)
        {
            return [];
        }

        _today = planner.Today(utcNow);
        return [.. Enum.GetValues<Trigger>().Where(_machine.CanFire).Select(t => ActionOf[t]).Distinct().Order()];
    }

    public void StartAssessment(ActionContext context)
    {
        Fire(Trigger.StartAssessment, context, null);
        StopClock(Stage.Acknowledge, context);
    }

    /// <summary>
    /// Records the officer's threshold decision. It may differ from the policy's suggestion only with a written
    /// reason, and accepting below the threshold needs discretionary acceptance to be allowed locally.
    /// </summary>
    public void DecideThreshold(bool met, string? reason, ThresholdVerdict suggestion, ThresholdSettings settings, ActionContext context)
    {
        var differs = met != suggestion.Met;
        if (differs && string.IsNullOrWhiteSpace(reason))
        {
            throw new CaseRuleException("reason", "Give a reason: the decision differs from what the threshold policy suggests.");
        }

        if (met && !suggestion.Met && !settings.DiscretionaryAcceptance)
        {
            throw new CaseRuleException("met", "Discretionary acceptance is turned off, so an application below the threshold cannot be accepted.");
        }

        var explanation = string.IsNullOrWhiteSpace(reason) ? suggestion.Reason : reason.Trim();
        Fire(met ? Trigger.ThresholdMet : Trigger.ThresholdNotMet, context, explanation);
        ThresholdDecision = ThresholdDecision.From(met, explanation, suggestion);
        StopClock(Stage.ThresholdDecision, context);
        StartClock(met ? Stage.ReviewMeeting : Stage.AppealWindow, context);
    }

    /// <summary>
    /// Arranges the meeting. The panel is given by the agencies' names, each as registered (capitals do not matter);
    /// panel, chair and the applicant's participation are kept as they were when not given. Each agency on the panel is
    /// asked for its information by <paramref name="informationDueWorkingDaysBefore"/> working days before the meeting.
    /// </summary>
    public void ScheduleReview(
        DateTime meetingAtUtc, IReadOnlyList<string> panelAgencies, Review.PanelChair? chair, Review.ApplicantParticipation? participation, ActionContext context,
        int informationDueWorkingDaysBefore = Review.InformationRequest.DefaultWorkingDaysBeforeMeeting)
    {
        if (meetingAtUtc < context.UtcNow)
        {
            throw new CaseRuleException("meetingAt", "The meeting must be in the future");
        }

        if (panelAgencies.Count == 0 && PanelAgencyIds.Count == 0)
        {
            throw new CaseRuleException("panel", "Choose at least one agency for the panel");
        }

        var panel = panelAgencies.Select((name, i) => context.Agencies.Find(name)?.Id
            ?? throw new CaseRuleException($"panel[{i}].agency", $"There is no agency called '{name}'. Use the name of a registered agency")).ToList();
        Fire(Trigger.ScheduleReview, context, null);
        Meeting = Meeting.ArrangedFor(meetingAtUtc, chair, participation);
        if (panel.Count > 0)
        {
            PanelAgencyIds = [.. panel.Distinct()];
        }

        RequestInformation(informationDueWorkingDaysBefore, context);
    }

    /// <summary>
    /// Records the panel's findings and action plan, once the meeting has taken place, with what the applicant will be
    /// told (the findings stay internal). Each recommendation goes to an agency on the panel (which can then see the
    /// case and follow its action up).
    /// </summary>
    public void RecordReview(string findings, string applicantSummary, IReadOnlyList<PlannedAction> plan, ActionContext context)
    {
        if (Status == CaseStatus.ReviewPending && Meeting.At is { } meeting && context.UtcNow < meeting)
        {
            throw new CaseStateException(Status, $"The review meeting is on {MeetingWords(meeting)}. Record its outcome once the meeting has taken place.");
        }

        // Out of ReviewPending the workflow refuses the action itself, with its own words.
        var owners = Status == CaseStatus.ReviewPending ? plan.Select((p, i) => OwnerOnPanel(p.OwnerAgency, i, context)).ToList() : [];
        Fire(Trigger.RecordReview, context, null);
        var review = _history.Count(h => h.Action == CaseAction.RecordReview.Name());
        Findings = findings;
        ApplicantSummary = applicantSummary;
        _recommendations.AddRange(plan.Select((p, i) => new Recommendation(p.Action, owners[i], p.Lead, p.DueDate, review, context.UtcNow)));
        StopClock(Stage.ReviewMeeting, context);
        StartClock(Stage.Outcome, context);
    }

    private int OwnerOnPanel(string owner, int index, ActionContext context) =>
        context.Agencies.Find(owner) is { } agency && HasOnPanel(agency.Id)
            ? agency.Id
            : throw new CaseRuleException($"recommendations[{index}].ownerAgency",
                $"{owner} is not on this case's panel. Give the action to an agency on the panel: {string.Join(", ", context.Agencies.NamesOf(PanelAgencyIds))}");

    public void SendOutcome(ActionContext context)
    {
        Fire(Trigger.SendOutcome, context, null);
        StopClock(Stage.Outcome, context);
        SetAsideOpenInformationRequests(context);
        StartClock(Stage.AppealWindow, context);
    }

    public void RequestAppeal(string grounds, ActionContext context)
    {
        var kind = Status == CaseStatus.ThresholdNotMet ? AppealKind.Threshold : AppealKind.Review;
        Fire(Trigger.RequestAppeal, context, grounds);
        Appeal = new Appeal(kind, grounds);
        StopClock(Stage.AppealWindow, context);
        StartClock(Stage.AppealDecision, context);
    }

    public void DecideAppeal(bool upheld, string reason, ActionContext context)
    {
        Fire(upheld ? Trigger.AppealUpheld : Trigger.AppealNotUpheld, context, reason);
        Appeal = Appeal!.Decided(upheld, reason);
        StopClock(Stage.AppealDecision, context);
        if (upheld)
        {
            if (Appeal.Kind == AppealKind.Review)
            {
                Meeting = Meeting.SetAside(); // a fresh review needs a fresh meeting
                SetAsideReview(context);
            }

            StartClock(Appeal.Kind == AppealKind.Threshold ? Stage.ThresholdDecision : Stage.ReviewMeeting, context);
        }
    }

    /// <summary>
    /// The people whose decision the current appeal is against, from the case's history: whoever recorded the
    /// threshold decision, for a threshold appeal; whoever recorded the review's outcome and whoever sent it, for a
    /// review appeal. None of them may decide the appeal. Empty when there is no appeal.
    /// </summary>
    public IReadOnlyList<StatusChange> DecisionsUnderAppeal()
    {
        if (Appeal is not { } appeal)
        {
            return [];
        }

        var history = _history.OrderBy(h => h.OccurredAt).ThenBy(h => h.Id).ToList();
        var asked = history.FindLastIndex(h => h.Action == CaseAction.Appeal.Name());
        var before = asked < 0 ? history : history.GetRange(0, asked);
        var actions = appeal.Kind == AppealKind.Threshold
            ? new[] { CaseAction.ThresholdDecision }
            : [CaseAction.RecordReview, CaseAction.SendOutcome];
        return [.. actions.Select(a => before.LastOrDefault(h => h.Action == a.Name())).OfType<StatusChange>()];
    }

    /// <summary>True when <paramref name="actorId"/> made a decision the current appeal is against (<see cref="DecisionsUnderAppeal"/>).</summary>
    public bool MadeDecisionUnderAppeal(string actorId) =>
        DecisionsUnderAppeal().Any(h => string.Equals(h.ActorId, actorId, StringComparison.Ordinal));

    /// <summary>The history row of the decision on the current appeal, once it is decided: who decided, and when.</summary>
    public StatusChange? AppealDecisionRecord =>
        Appeal is { Upheld: not null }
            ? _history.OrderBy(h => h.OccurredAt).ThenBy(h => h.Id).LastOrDefault(h => h.Action == CaseAction.AppealDecision.Name())
            : null;

    public void Close(string reason, ActionContext context)
    {
        Fire(Trigger.Close, context, reason);
        ClosureReason = reason;
        CancelAllClocks(context);
    }

    public void Withdraw(string reason, ActionContext context)
    {
        Fire(Trigger.Withdraw, context, reason);
        ClosureReason = reason;
        CancelAllClocks(context);
    }

    private void Fire(Trigger trigger, ActionContext context, string? reason)
    {
        var action = ActionOf[trigger];
        EnsureNotRestricted();
        _today = context.Today;
        if (!_machine.CanFire(trigger))
        {
            throw new ActionNotAllowedException(action, Status, [.. AllowedActions(context.UtcNow, context.Planner).Select(a => a.Name())]);
        }

        var from = Status;
        _machine.Fire(trigger);
        _history.Add(new StatusChange(from, Status, action.Name(), context.Actor.Id, context.Actor.DisplayName, context.UtcNow, reason));
        Version++;
    }

    /// <summary>The workflow as a Mermaid state diagram, generated from the machine itself (shown in the README).</summary>
    public static string WorkflowDiagram()
    {
        var sample = new CaseApplication();
        return MermaidGraph.Format(sample._machine.GetInfo());
    }
}
