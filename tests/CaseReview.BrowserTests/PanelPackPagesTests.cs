using System.Net.Http.Json;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The panel's papers in a real browser (issue 15, part 5): the panel pack's print page (on paper it stands alone), the
/// meeting record form with and without mistakes, the agencies' information requests. Each page passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class PanelPackPagesTests(ResidentSite site)
{
    [Fact]
    public async Task PanelMember_ReadsAndPrintsThePack_AndSeesTheirAgencysRequests()
    {
        var reference = await CaseWithPanelAsync(respond: false);
        var page = await site.SignedInPageAsync(await site.NewStaffAsync("PanelMember", "Police"));

        await page.GotoAsync("/staff/information-requests");
        await Assertions.Expect(page.Locator($"#information-requests tr[data-reference='{reference}']")).ToContainTextAsync("Police");
        await page.ScanAsync("staff-information-requests");

        await page.GotoAsync($"/staff/cases/{reference}/panel-responses");
        await page.Locator("#knew").FillAsync("Four calls since August.");
        await page.Locator("#did").FillAsync("Two patrols.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-information-requests tr[data-agency='Police']")).ToContainTextAsync("Answered");

        await page.GotoAsync($"/staff/cases/{reference}/panel-pack");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Panel pack");
        await Assertions.Expect(page.Locator("[data-agency='Police']")).ToContainTextAsync("Four calls since August.");
        await Assertions.Expect(page.Locator("#risk-assessment")).ToHaveTextAsync("Not assessed");
        await page.ScanAsync("staff-panel-pack");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".govuk-template__header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#download-pdf")).ToBeHiddenAsync();
        await page.SnapAsync("staff-panel-pack-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    [Fact]
    public async Task Officer_RecordsTheMeeting_AfterAMistake()
    {
        var reference = await CaseWithPanelAsync(respond: true);
        var page = await site.SignedInPageAsync(await site.NewStaffAsync("CaseOfficer"));

        await page.GotoAsync($"/staff/cases/{reference}");
        await page.Locator("#record-meeting").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Record the meeting");
        await page.ScanAsync("staff-meeting-record");

        await page.Locator("#minutes").FillAsync("Patrols agreed on Friday evenings.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting record" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose present, apologies or absent");
        await Assertions.Expect(page.Locator("#minutes")).ToHaveValueAsync("Patrols agreed on Friday evenings.");
        await page.ScanAsync("staff-meeting-record-mistake");

        await page.Locator("#attendance-0").CheckAsync();
        await page.Locator("#attendees-0").FillAsync("PC Jones");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the meeting record" }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("Meeting recorded");
        await Assertions.Expect(page.Locator("#attendance")).ToContainTextAsync("PC Jones");
        await Assertions.Expect(page.Locator("#minutes")).ToContainTextAsync("Patrols agreed on Friday evenings.");
        await page.ScanAsync("staff-case-meeting-recorded");
    }

    // A case whose meeting (with the police on the panel) starts now, with or without the police's response.
    private async Task<string> CaseWithPanelAsync(bool respond)
    {
        using var admin = await site.AdminApiAsync();
        var reference = (await site.SubmitApplicationAsync())["reference"]!.GetValue<string>();
        await admin.DecideThresholdAsync(reference, met: true, reason: "The victim is vulnerable: accepted at the officer's discretion.");
        (await admin.PostAsJsonAsync($"/api/cases/{reference}/schedule-review", new { meetingAt = DateTimeOffset.UtcNow.AddSeconds(2), panel = new[] { new { agency = "Police" } } })).EnsureSuccessStatusCode();
        if (respond)
        {
            (await admin.PostAsJsonAsync($"/api/cases/{reference}/panel-responses", new { agency = "Police", knew = "Four calls since August.", did = "Two patrols." })).EnsureSuccessStatusCode();
        }

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        return reference;
    }
}
