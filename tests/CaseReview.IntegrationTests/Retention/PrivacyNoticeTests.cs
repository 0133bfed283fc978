using System.Net;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>The privacy notice quotes the retention schedule and who sees what from the same settings the app applies.</summary>
public sealed class PrivacyNoticeTests
{
    [Fact]
    public async Task PrivacyNotice_SaysHowLongFromTheRetentionSettings_AndWhoSeesWhat()
    {
        using var app = new CaseReviewApp
        {
            Settings =
            {
                ["Retention:ClosedCaseYears"] = "4", ["Retention:ThresholdNotMetYears"] = "2", ["Retention:SentEmailBodyDays"] = "30",
                ["Drafts:LifetimeHours"] = "12", ["Council:Email"] = "privacy@council.example",
            },
        };

        var response = await app.CreateClient().GetAsync("/privacy");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#retention tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[0].StartsWith("A closed or withdrawn case", StringComparison.Ordinal) && r[1] == "4 years after it was closed or withdrawn, then anonymised");
        Assert.Contains(rows, r => r[0].StartsWith("A case closed because the threshold", StringComparison.Ordinal) && r[1] == "2 years after it was closed, then anonymised");
        Assert.Contains(rows, r => r[0].StartsWith("The text of an email", StringComparison.Ordinal) && r[1] == "30 days after it was sent, then removed");
        Assert.Contains(rows, r => r[0].StartsWith("Unsent answers", StringComparison.Ordinal) && r[1] == "12 hours after the last change, then deleted");
        Assert.Contains("They do not see your email address, phone number, address or postcode", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("privacy@council.example", page.QuerySelector("#contact")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivacyNotice_SaysPanelsSeeContactDetails_WhenTheCouncilSaysSo()
    {
        using var app = new CaseReviewApp { Settings = { ["Privacy:PanelSeesApplicantContact"] = "true" } };

        var html = await (await app.CreateClient().GetAsync("/privacy")).Content.ReadAsStringAsync();

        Assert.Contains("They can see your contact details.", html, StringComparison.Ordinal);
        Assert.Contains("6 years after it was closed or withdrawn", html, StringComparison.Ordinal);
    }
}
