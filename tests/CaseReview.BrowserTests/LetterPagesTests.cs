using System.Globalization;
using System.Net.Http.Json;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// Letters in a real browser (issue 17, part 2): the officer's list of letters to send, a letter's print page (in
/// print, the applicant's address sits where a DL window envelope shows it), a letter not given yet, and marking a
/// letter posted. Each page passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class LetterPagesTests(ResidentSite site)
{
    [Fact]
    public async Task Officer_OpensAPostApplicantsLetter_PrintsIt_AndMarksItPosted()
    {
        var reference = await SubmitPostApplicationAsync();
        var page = await site.SignedInPageAsync(await site.NewStaffAsync("CaseOfficer"));

        await page.GotoAsync("/staff/letters");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Letters to send");
        var row = page.Locator($"#letters-to-post tr[data-reference='{reference}']");
        await Assertions.Expect(row).ToContainTextAsync("Sam Writer");
        await page.ScanAsync("staff-letters");

        await row.GetByRole(AriaRole.Link, new() { Name = "acknowledgement letter for " + reference }).ClickAsync();
        await Assertions.Expect(page.Locator("#letter-subject")).ToHaveTextAsync("We have your application for an ASB case review");
        await page.ScanAsync("staff-letter-acknowledgement");

        // On paper the letter stands alone, its address in the envelope's window: 20 mm from the left, 50 mm from the top.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".govuk-template__header")).ToBeHiddenAsync();
        var address = await page.Locator("#recipient").BoundingBoxAsync();
        Assert.NotNull(address);
        Assert.InRange(address.X, Millimetres(19), Millimetres(21));
        Assert.InRange(address.Y, Millimetres(49), Millimetres(51));
        Assert.InRange(address.Width, Millimetres(84), Millimetres(86));
        await page.SnapAsync("staff-letter-acknowledgement-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GotoAsync($"/staff/cases/{reference}/letters/outcome");
        await Assertions.Expect(page.Locator("#unavailable")).ToContainTextAsync("the outcome has not been sent");
        await page.ScanAsync("staff-letter-not-yet");

        await page.GotoAsync("/staff/letters");
        await page.Locator($"#letters-to-post tr[data-reference='{reference}']").GetByRole(AriaRole.Button, new() { Name = "Mark as posted" }).ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync(reference);
        await Assertions.Expect(page.Locator($"tr[data-reference='{reference}']")).ToHaveCountAsync(0);
        await page.ScanAsync("staff-letters-posted");
    }

    private static float Millimetres(double mm) => (float)(mm * 96 / 25.4);

    private async Task<string> SubmitPostApplicationAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var day = Resident.SecondIncident.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var submitted = await client.PostAsJsonAsync("/api/applications", new
        {
            applicant = new { name = "Sam Writer", address = "4 Mill Lane, Redditch", postcode = "B97 4AA", preferredContact = "Post" },
            isThirdParty = false,
            victimType = "Individual",
            location = "Mill Lane",
            description = "Noise at night.",
            asbType = "Nuisance",
            issueTypes = new[] { "Noise" },
            hateMotivated = false,
            impact = "We cannot sleep.",
            complaints = new[] { new { incidentDate = day, reportedDate = day, agency = "Police" } },
        });
        var body = await submitted.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        return body!["reference"]!.GetValue<string>();
    }
}
