using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;

namespace CaseReview.UseCases.Tests.Cases;

internal static class Workflow
{
    private static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DeadlinePlanner Planner = new(new WorkingDayCalendar([]), new Timescales());

    /// <summary>The agencies every new installation starts with, under their ids.</summary>
    public static readonly AgencyRegister Agencies = new([
        new Agency(1, "Council", AgencyKind.Council, null),
        new Agency(2, "Police", AgencyKind.Police, null),
        new Agency(3, "Integrated Care Board", AgencyKind.IntegratedCareBoard, null),
        new Agency(4, "Housing Provider", AgencyKind.HousingProvider, null)]);

    /// <summary>A case whose review is pending with the given agency on its panel.</summary>
    public static CaseApplication CaseOnPanel(string agency)
    {
        var context = new ActionContext(Actor.System, Start, Planner) { Agencies = Agencies };
        var c = CaseApplication.Submit(
            new ApplicationDetails(
                new Applicant("A", "a@example.org", null, null, null, PreferredContact.Email, null),
                false, null, VictimType.Individual, "Here", "What", AsbType.Nuisance, [], false, "Impact", Channel.Online, null, []),
            "CR-2026-000001", "CODE", context);
        c.StartAssessment(context);
        c.DecideThreshold(true, null, new ThresholdVerdict(true, ThresholdRule.StatutoryCount, "Met", 3, []), new ThresholdSettings(), context);
        c.ScheduleReview(Start.AddDays(7), [agency], chair: null, participation: null, context);
        return c;
    }
}
