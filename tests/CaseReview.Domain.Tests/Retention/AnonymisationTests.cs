using CaseReview.Domain.Applications;
using CaseReview.Domain.Tests.Workflow;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Retention;

public sealed class AnonymisationTests
{
    [Fact]
    public void Anonymise_ReplacesPersonalData_KeepsDatesStatusesCategoriesAndDistrict()
    {
        var c = Reviewed();
        c.Withdraw("The family moved to Leeds.", CaseBuilder.At(CaseBuilder.Next(c)));
        var received = c.ReceivedAt;
        var transitions = c.History.Select(h => (h.Action, h.To, h.OccurredAt)).ToList();

        c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.True(c.IsAnonymised);
        Assert.Equal(CaseApplication.AnonymisedText, c.Applicant.Name);
        Assert.Null(c.Applicant.Email);
        Assert.Null(c.Applicant.Address);
        // The district kept is the victim's; the third party's own postcode goes with the rest.
        Assert.Null(c.Applicant.Postcode);
        Assert.Equal(new Victim(CaseApplication.AnonymisedText, null, "B97", false, null, null), c.Victim);
        Assert.Equal(CaseApplication.AnonymisedText, c.ThirdParty!.Relationship);
        Assert.True(c.ThirdParty.VictimConsent);
        Assert.Equal((ConsentMethod?)ConsentMethod.InWriting, c.ThirdParty.ConsentHow);
        Assert.Null(c.VictimEmailKey);
        Assert.Null(c.ApplicantPostcodeKey);
        Assert.All(new[] { c.Location, c.Description, c.Impact }, text => Assert.Equal(CaseApplication.AnonymisedText, text));
        Assert.Null(c.EmailKey);
        Assert.Equal(CaseApplication.AnonymisedText, c.Findings);
        Assert.Equal(CaseApplication.AnonymisedText, c.ClosureReason);
        Assert.Equal(CaseApplication.AnonymisedText, Assert.Single(c.Recommendations).Action);
        Assert.Null(c.Recommendations[0].Lead);
        Assert.Equal(CaseApplication.AnonymisedText, c.Complaints[0].Summary);
        Assert.Null(c.Complaints[0].AgencyReference);
        Assert.DoesNotContain(c.History, h => h.Reason?.Contains("Leeds", StringComparison.Ordinal) == true);
        // What the figures and timeliness read stays as it was.
        Assert.Equal(CaseStatus.Withdrawn, c.Status);
        Assert.Equal(received, c.ReceivedAt);
        Assert.Equal(AsbType.Nuisance, c.AsbType);
        Assert.Equal(transitions, c.History.Take(transitions.Count).Select(h => (h.Action, h.To, h.OccurredAt)));
        Assert.Equal(CaseApplication.AnonymiseAction, c.History[^1].Action);
    }

    [Fact]
    public void Anonymise_Twice_ChangesNothingTheSecondTime()
    {
        var c = CaseBuilder.Submitted();
        c.Withdraw("Moved away.", CaseBuilder.At(CaseBuilder.Next(c)));
        c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Next(c)));
        var (version, rows, at) = (c.Version, c.History.Count, c.AnonymisedAt);

        c.Anonymise("Retention:ClosedCaseYears", CaseBuilder.At(CaseBuilder.Next(c)));

        Assert.Equal((version, rows, at), (c.Version, c.History.Count, c.AnonymisedAt));
    }

    [Fact]
    public void CannotAnonymiseAnOpenCase()
    {
        var c = CaseBuilder.In(CaseStatus.ReviewHeld);

        Assert.Throws<CaseStateException>(() => c.Anonymise("erasure", CaseBuilder.At(CaseBuilder.Next(c))));
        Assert.Equal("Alex Example", c.Applicant.Name);
    }

    [Theory]
    [InlineData("B98 8AH", "B98")]
    [InlineData("sw1a 1aa", "SW1A")]
    [InlineData("M1 1AE", "M1")]
    [InlineData("SW1A", "SW1A")]
    [InlineData(null, null)]
    public void PostcodeDistrict_IsTheOutwardCode(string? postcode, string? district) =>
        Assert.Equal(district, CaseApplication.PostcodeDistrict(postcode));

    // A third-party application with a full address, reviewed, with a complaint summary.
    private static CaseApplication Reviewed()
    {
        var details = CaseBuilder.Details() with
        {
            Applicant = new Applicant("Alex Example", "alex@example.org", "07700900123", "1 High Street", "B98 8AH", PreferredContact.Email, "Wheelchair user"),
            IsThirdParty = true,
            ThirdParty = new ThirdParty("Son", true, ConsentMethod.InWriting, new DateOnly(2026, 10, 20)),
            Victim = new Victim("Sam Example", "3 Elm Close", "B97 4QR", true, "sam@example.org", "07700900999"),
            Complaints = [new Complaint(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 3), "Police", "WMP-1234", "Motorbikes on the footpath.")],
        };
        var c = CaseApplication.Submit(details, "CR-2026-000001", "TRACKINGCODE12345678", CaseBuilder.At(CaseBuilder.Start, Actor.Applicant));
        c.StartAssessment(CaseBuilder.At(CaseBuilder.Next(c)));
        c.DecideThreshold(true, null, CaseBuilder.Met, CaseBuilder.Settings, CaseBuilder.At(CaseBuilder.Next(c)));
        var day = CaseBuilder.Next(c);
        c.ScheduleReview(day.AddHours(1), ["Police"], chair: null, participation: null, CaseBuilder.At(day));
        c.RecordReview("Findings about Alex.", "Patrols.", [new PlannedAction("Patrol Elm Close", "Police", "PS Smith", new DateOnly(2027, 1, 15))], CaseBuilder.At(day.AddDays(1)));
        return c;
    }
}
