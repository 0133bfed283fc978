using CaseReview.Domain.Threshold;

namespace CaseReview.Domain.Tests.Threshold;

public sealed class ThresholdPolicyTests
{
    private static readonly DateOnly Applied = new(2026, 11, 2);
    private static readonly ThresholdPolicy Default = new(new ThresholdSettings());

    [Fact]
    public void ThresholdIsMet_WhenThreeQualifyingComplaintsInSixMonths()
    {
        var verdict = Default.Evaluate(Input(C(2026, 9, 10, 2026, 9, 11), C(2026, 10, 2, 2026, 10, 3), C(2026, 10, 20, 2026, 10, 21, "Council")));

        Assert.True(verdict.Met);
        Assert.Equal(ThresholdRule.StatutoryCount, verdict.Rule);
        Assert.Equal(3, verdict.QualifyingIncidents);
        Assert.Contains("The local threshold is 3 qualifying complaints", verdict.Reason);
    }

    [Fact]
    public void ThresholdIsNotMet_WithTwoQualifyingComplaints()
    {
        var verdict = Default.Evaluate(Input(C(2026, 10, 2, 2026, 10, 3), C(2026, 10, 20, 2026, 10, 21)));

        Assert.False(verdict.Met);
        Assert.Equal(ThresholdRule.NotMet, verdict.Rule);
        Assert.Contains("2 of your complaints count", verdict.Reason);
        Assert.Contains("local threshold is 3", verdict.Reason);
    }

    [Fact]
    public void LocalThresholdOfTwo_IsMetByTwo_AndTheReasonSaysTwo()
    {
        var policy = new ThresholdPolicy(new ThresholdSettings { QualifyingComplaintsRequired = 2 });

        var verdict = policy.Evaluate(Input(C(2026, 10, 2, 2026, 10, 3), C(2026, 10, 20, 2026, 10, 21)));

        Assert.True(verdict.Met);
        Assert.Contains("The local threshold is 2 qualifying complaints", verdict.Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void ThresholdAboveTheStatutoryThreeOrBelowOne_IsRefused(int required)
    {
        Assert.Throws<ArgumentException>(() => new ThresholdPolicy(new ThresholdSettings { QualifyingComplaintsRequired = required }));
    }

    [Theory]
    [InlineData(2026, 10, 3, 2026, 11, 3, true)]   // exactly one month later counts
    [InlineData(2026, 10, 3, 2026, 11, 4, false)]  // one day more does not
    [InlineData(2028, 1, 31, 2028, 2, 29, true)]   // 31 January + 1 month = 29 February in a leap year
    [InlineData(2028, 1, 31, 2028, 3, 1, false)]
    [InlineData(2027, 1, 31, 2027, 2, 28, true)]
    [InlineData(2026, 10, 3, 2026, 10, 3, true)]   // reported the same day
    public void ComplaintCounts_OnlyWhenReportedWithinOneMonthOfTheIncident(int iy, int im, int id, int ry, int rm, int rd, bool counted)
    {
        var complaint = C(iy, im, id, ry, rm, rd);

        var verdict = Default.Evaluate(new ThresholdInput(complaint.ReportedDate.AddDays(10), [complaint], false));

        Assert.Equal(counted, verdict.Complaints[0].Counted);
        if (!counted)
        {
            Assert.Contains("within one month", verdict.Complaints[0].Reason);
        }
    }

    [Theory]
    [InlineData(2027, 4, 3, true)]   // application exactly six months after the report
    [InlineData(2027, 4, 4, false)]  // one day later
    public void ComplaintCounts_OnlyWhenTheApplicationIsWithinSixMonthsOfIt(int ay, int am, int ad, bool counted)
    {
        var verdict = Default.Evaluate(new ThresholdInput(new DateOnly(ay, am, ad), [C(2026, 10, 2, 2026, 10, 3)], false));

        Assert.Equal(counted, verdict.Complaints[0].Counted);
        if (!counted)
        {
            Assert.Contains("more than 6 months before this application", verdict.Complaints[0].Reason);
        }
    }

    [Fact]
    public void OneIncidentReportedToSeveralAgencies_CountsOnce()
    {
        var verdict = Default.Evaluate(Input(C(2026, 10, 2, 2026, 10, 3, "Police"), C(2026, 10, 2, 2026, 10, 4, "Council"), C(2026, 10, 20, 2026, 10, 21)));

        Assert.False(verdict.Met);
        Assert.Equal(2, verdict.QualifyingIncidents);
        Assert.Equal([true, false, true], verdict.Complaints.Select(c => c.Counted));
        Assert.Contains("same incident as the complaint to Police about 2 October 2026", verdict.Complaints[1].Reason);
    }

    [Fact]
    public void SameIncident_FirstQualifyingReportCounts_EvenIfAnEarlierOneWasLate()
    {
        var late = C(2026, 9, 1, 2026, 10, 15, "Council");
        var prompt = C(2026, 9, 1, 2026, 9, 2, "Police");

        var verdict = Default.Evaluate(Input(late, prompt));

        Assert.Equal([false, true], verdict.Complaints.Select(c => c.Counted));
    }

    [Fact]
    public void OneHateMotivatedQualifyingComplaint_IsEnough()
    {
        var verdict = Default.Evaluate(Input(hate: true, C(2026, 10, 2, 2026, 10, 3)));

        Assert.True(verdict.Met);
        Assert.Equal(ThresholdRule.HateIncident, verdict.Rule);
        Assert.Contains("hate", verdict.Reason);
    }

    [Fact]
    public void HateRuleTurnedOff_OneHateMotivatedComplaintIsNotEnough()
    {
        var policy = new ThresholdPolicy(new ThresholdSettings { HateIncidentRule = false });

        var verdict = policy.Evaluate(Input(hate: true, C(2026, 10, 2, 2026, 10, 3)));

        Assert.False(verdict.Met);
        Assert.DoesNotContain("hate", verdict.Reason);
    }

    [Fact]
    public void HateMotivated_ButNoQualifyingComplaint_IsNotMet()
    {
        var verdict = Default.Evaluate(Input(hate: true, C(2026, 1, 2, 2026, 1, 3)));

        Assert.False(verdict.Met);
        Assert.Contains("one qualifying complaint is enough", verdict.Reason);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void HouseholdsRule_MeetsTheThreshold_WithEnoughHouseholds(int households, bool met)
    {
        var policy = new ThresholdPolicy(new ThresholdSettings { HouseholdsRule = true });

        var verdict = policy.Evaluate(new ThresholdInput(Applied, [C(2026, 10, 2, 2026, 10, 3)], false, households));

        Assert.Equal(met, verdict.Met);
        Assert.Equal(met ? ThresholdRule.Households : ThresholdRule.NotMet, verdict.Rule);
    }

    [Fact]
    public void HouseholdsRuleOff_ByDefault()
    {
        var verdict = Default.Evaluate(new ThresholdInput(Applied, [C(2026, 10, 2, 2026, 10, 3)], false, 9));

        Assert.False(verdict.Met);
    }

    [Fact]
    public void ComplaintReportedBeforeTheIncident_DoesNotCount()
    {
        var verdict = Default.Evaluate(Input(C(2026, 10, 5, 2026, 10, 3)));

        Assert.False(verdict.Complaints[0].Counted);
        Assert.Contains("before the date it happened", verdict.Complaints[0].Reason);
    }

    [Fact]
    public void ComplaintReportedAfterTheApplication_DoesNotCount()
    {
        var verdict = Default.Evaluate(Input(C(2026, 11, 3, 2026, 11, 4)));

        Assert.False(verdict.Complaints[0].Counted);
        Assert.Contains("after this application", verdict.Complaints[0].Reason);
    }

    [Fact]
    public void EveryComplaint_GetsAReason_InInputOrder()
    {
        var verdict = Default.Evaluate(Input(C(2026, 10, 2, 2026, 10, 3, "Police"), C(2026, 3, 1, 2026, 3, 2), C(2026, 10, 4, 2026, 10, 4, "Housing Provider")));

        Assert.Equal([0, 1, 2], verdict.Complaints.Select(c => c.Index));
        Assert.Equal("Counted: reported to Police 1 day after the incident, and within 6 months of this application.", verdict.Complaints[0].Reason);
        Assert.StartsWith("Not counted: made on 2 March 2026", verdict.Complaints[1].Reason);
        Assert.Equal("Counted: reported to Housing Provider on the day it happened, and within 6 months of this application.", verdict.Complaints[2].Reason);
    }

    [Fact]
    public void NoComplaints_IsNotMet()
    {
        var verdict = Default.Evaluate(Input());

        Assert.False(verdict.Met);
        Assert.Empty(verdict.Complaints);
    }

    private static ThresholdInput Input(params ComplaintFact[] complaints) => new(Applied, complaints, false);

    private static ThresholdInput Input(bool hate, params ComplaintFact[] complaints) => new(Applied, complaints, hate);

    private static ComplaintFact C(int iy, int im, int id, int ry, int rm, int rd, string agency = "Police") =>
        new(new DateOnly(iy, im, id), new DateOnly(ry, rm, rd), agency);
}
