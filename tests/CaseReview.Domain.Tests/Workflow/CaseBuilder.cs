using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Tests.Calendar;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Workflow;

/// <summary>Makes cases and walks them to a given status, on the England and Wales calendar.</summary>
internal static class CaseBuilder
{
    /// <summary>Monday 2 November 2026, 09:00 UTC.</summary>
    public static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly DeadlinePlanner Planner = new(EnglandAndWalesHolidays.Calendar, new Timescales());
    public static readonly Actor Officer = new("officer-1", "officer@council.example");
    public static readonly ThresholdSettings Settings = new();
    public static readonly ThresholdVerdict Met = new(true, ThresholdRule.StatutoryCount, "Three incidents.", 3, []);
    public static readonly ThresholdVerdict NotMet = new(false, ThresholdRule.NotMet, "One incident.", 1, []);

    /// <summary>The agencies every new installation starts with, under their ids.</summary>
    public static readonly AgencyRegister Agencies = new([
        new Agency(1, "Council", AgencyKind.Council, null),
        new Agency(2, "Police", AgencyKind.Police, null),
        new Agency(3, "Integrated Care Board", AgencyKind.IntegratedCareBoard, null),
        new Agency(4, "Housing Provider", AgencyKind.HousingProvider, null)]);

    public static ActionContext At(DateTime utc, Actor? actor = null) => new(actor ?? Officer, utc, Planner) { Agencies = Agencies };

    public static CaseApplication Submitted() => CaseApplication.Submit(Details(), "CR-2026-000001", "TRACKINGCODE12345678", At(Start, Actor.Applicant));

    public static ApplicationDetails Details() => new(
        new Applicant("Alex Example", "alex@example.org", null, null, null, PreferredContact.Email, null),
        false, null, VictimType.Individual, "Elm Close", "Motorbikes", AsbType.Nuisance, [IssueType.NuisanceVehicles], false,
        "Cannot sleep", Channel.Online, null,
        [new Complaint(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 3), "Police", null, null)]);

    /// <summary>A case brought to <paramref name="target"/> by the shortest ordinary path, one day per step.</summary>
    public static CaseApplication In(CaseStatus target)
    {
        var c = Submitted();
        var day = Start;
        void Step(Action<ActionContext> act)
        {
            day = day.AddDays(1);
            act(At(day));
        }

        if (target == CaseStatus.Received)
        {
            return c;
        }

        Step(c.StartAssessment);
        if (target == CaseStatus.InAssessment)
        {
            return c;
        }

        if (target is CaseStatus.ThresholdNotMet)
        {
            Step(x => c.DecideThreshold(false, null, NotMet, Settings, x));
            return c;
        }

        Step(x => c.DecideThreshold(true, null, Met, Settings, x));
        if (target == CaseStatus.ReviewPending)
        {
            return c;
        }

        Step(x => c.ScheduleReview(day.AddHours(1), ["Police", "Council"], chair: null, participation: null, x)); // held before the next step, a day later
        Step(x => c.RecordReview("Findings", "The police will patrol the footpaths.", [new PlannedAction("Patrols", "Police", "PS Smith", new DateOnly(2027, 1, 15))], x));
        if (target == CaseStatus.ReviewHeld)
        {
            return c;
        }

        Step(c.SendOutcome);
        if (target == CaseStatus.OutcomeSent)
        {
            return c;
        }

        Step(x => c.RequestAppeal("The review ignored the housing reports.", x));
        if (target == CaseStatus.AppealRequested)
        {
            return c;
        }

        throw new ArgumentOutOfRangeException(nameof(target), target, "Use the workflow methods to reach this status.");
    }

    /// <summary>The moment just after the last history row: the next step happens a day later.</summary>
    public static DateTime Next(CaseApplication c) => c.History[^1].OccurredAt.AddDays(1);
}
