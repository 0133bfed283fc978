namespace CaseReview.IntegrationTests.Support;

/// <summary>Cases brought through the API to the stage a test needs.</summary>
public static class Cases
{
    /// <summary>
    /// A case whose threshold is met and whose review meeting is arranged with these agencies on the panel. The meeting
    /// is now (on the test's clock), so its outcome may be recorded straight away.
    /// </summary>
    public static async Task<string> WithPanel(CaseReviewApp app, params string[] agencies)
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.AsAdmin();
        await officer.ActOk(reference, "start-assessment");
        await officer.ActOk(reference, "threshold-decision", new { met = true });
        await officer.ActOk(reference, "schedule-review", new { meetingAt = app.Clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), panel = agencies.Select(a => new { agency = a }).ToArray() });
        return reference;
    }

    /// <summary>A case whose review has been held, with one recommendation per owner agency given.</summary>
    public static async Task<string> ReviewHeld(CaseReviewApp app, string[] panel, params string[] owners)
    {
        var reference = await WithPanel(app, panel);
        var officer = await app.AsAdmin();
        await officer.ActOk(reference, "record-review", new
        {
            findings = "The agencies did not share what they knew.",
            applicantSummary = "The police will patrol the footpaths on Friday evenings.",
            recommendations = owners.Select(o => new { action = $"{o} to act", ownerAgency = o, lead = $"Lead at {o}", dueDate = "2027-01-15" }).ToArray(),
        });
        return reference;
    }

    /// <summary>A case whose review outcome was sent (by the administrator) and appealed against: the appeal awaits a decision.</summary>
    public static async Task<string> AppealRequested(CaseReviewApp app, params string[] panel)
    {
        var reference = await ReviewHeld(app, panel.Length > 0 ? panel : ["Police"], panel.Length > 0 ? panel[0] : "Police");
        var officer = await app.AsAdmin();
        await officer.ActOk(reference, "send-outcome");
        await officer.ActOk(reference, "appeal", new { grounds = "The panel did not consider the housing reports." });
        return reference;
    }
}
