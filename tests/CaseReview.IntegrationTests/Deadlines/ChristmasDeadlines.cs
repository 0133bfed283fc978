using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Deadlines;

/// <summary>
/// Cases seeded through the API with known deadlines around Christmas 2026
/// (bank holidays Friday 25 and Monday 28 December; Friday 1 January 2027). Timescales are the defaults:
/// acknowledge 2 working days, threshold decision 10, review meeting 20. References go in submission order:
/// F=000001, G=000002, A=000003, C=000004, D=000005, E=000006, B=000007.
///
/// Seeded:
///   Tue 1 Dec:  F and G received.            F: Acknowledge due Thu 3 Dec, ThresholdDecision due Tue 15 Dec.
///   Wed 2 Dec:  G withdrawn (its clocks are cancelled: neither open nor counted as on time or late).
///   Fri 4 Dec:  F assessed (Acknowledge done LATE, due 3 Dec) and threshold met (ThresholdDecision ON TIME);
///               F's ReviewMeeting clock: 20 working days after 4 Dec = Wed 6 Jan 2027.
///   Mon 14 Dec: A received. Acknowledge due Wed 16 Dec; ThresholdDecision due Wed 30 Dec (29 and 30 are days 9, 10).
///   Fri 18 Dec: C received and assessed (Acknowledge due Tue 22 Dec: ON TIME). ThresholdDecision due Wed 6 Jan.
///   Mon 21 Dec: D received. Acknowledge due Wed 23 Dec; ThresholdDecision due Thu 7 Jan.
///   Wed 23 Dec: E received. Acknowledge due Tue 29 Dec; ThresholdDecision due Mon 11 Jan.
///   Thu 24 Dec: B received. Acknowledge due Wed 30 Dec; ThresholdDecision due Tue 12 Jan.
///
/// On Thursday 24 December amber means due before the third working day after today (Thu 31 Dec, the 25th and
/// 28th being holidays), so a due date of Wed 30 Dec is amber although it is four weekdays away.
///   Red:   A Acknowledge (16 Dec), D Acknowledge (23 Dec)                                  = 2
///   Amber: E Acknowledge (29 Dec), A ThresholdDecision (30 Dec), B Acknowledge (30 Dec)   = 3
///   Green: F ReviewMeeting (6 Jan), C, D, E, B ThresholdDecision (6, 7, 11, 12 Jan)        = 5
///   By stage: Acknowledge 2 red, 2 amber; ThresholdDecision 1 amber, 4 green; ReviewMeeting 1 green.
///   On time over 12 months: Acknowledge 1 of 2 (C on time, F late) = 50%; ThresholdDecision 1 of 1 = 100%.
/// </summary>
public static class ChristmasDeadlines
{
    /// <summary>Seeds the cases above through the API and leaves the clock on Thursday 24 December 2026, 09:00 UTC.</summary>
    public static async Task SeedAsync(CaseReviewApp app)
    {
        var resident = app.CreateClient();
        var officer = await app.AsNewStaff("CaseOfficer");

        At(app, 2026, 12, 1);
        var f = (await resident.Submit())["reference"].Str();
        var g = (await resident.Submit())["reference"].Str();
        At(app, 2026, 12, 2);
        await officer.ActOk(g, "withdraw", new { reason = "The applicant moved away." });
        At(app, 2026, 12, 4);
        await officer.ActOk(f, "start-assessment");
        await officer.ActOk(f, "threshold-decision", new { met = true });
        At(app, 2026, 12, 14);
        await resident.Submit(); // A
        At(app, 2026, 12, 18);
        var c = (await resident.Submit())["reference"].Str();
        await officer.ActOk(c, "start-assessment");
        At(app, 2026, 12, 21);
        await resident.Submit(); // D
        At(app, 2026, 12, 23);
        await resident.Submit(); // E
        At(app, 2026, 12, 24);
        await resident.Submit(); // B
    }

    private static void At(CaseReviewApp app, int year, int month, int day) => app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.Zero));
}
