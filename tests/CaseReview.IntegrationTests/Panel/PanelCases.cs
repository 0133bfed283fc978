using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Panel;

/// <summary>Cases whose review meeting is arranged for a given time, so the information requests' due dates can be checked.</summary>
internal static class PanelCases
{
    public static async Task<string> MeetingOn(CaseReviewApp app, string meetingAt, params string[] panel)
    {
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var admin = await app.AsAdmin();
        await admin.ActOk(reference, "start-assessment");
        await admin.ActOk(reference, "threshold-decision", new { met = true });
        await admin.ActOk(reference, "schedule-review", new { meetingAt, panel = panel.Select(a => new { agency = a }).ToArray() });
        return reference;
    }
}
