using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Retention;

/// <summary>
/// Panel members see only what they need (issue 14, part 5): not the applicant's contact details or address unless the
/// council's setting says so, and never the case officer's email address, in the API or on the staff pages.
/// </summary>
public sealed class PanelPrivacyTests
{
    private static readonly string[] ContactDetails = ["alex@example.org", "07700900123", "1 High Street", "B98 8AH"];

    [Fact]
    public async Task PanelMember_NeverSeesTheApplicantsContactDetails_OrTheCaseOfficersEmail()
    {
        using var app = new CaseReviewApp();
        var (reference, officerEmail) = await CaseWithOfficerAsync(app);
        var police = await app.AsNewStaff("PanelMember", "Police");
        var chair = await app.AsNewStaff("Chair", "Police");

        foreach (var panel in new[] { police, chair })
        {
            var json = await (await panel.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync();
            var detail = JsonNode.Parse(json)!;
            Assert.Equal("Alex Example", detail["applicant"]!["name"].Str());
            Assert.True(detail["applicantContactHidden"]!.GetValue<bool>());
            Assert.Equal("Staff", detail["assignedOfficer"].Str());
            foreach (var hidden in ContactDetails.Append(officerEmail))
            {
                Assert.DoesNotContain(hidden, json, StringComparison.OrdinalIgnoreCase);
            }
        }

        var browser = await app.SignedInBrowserAsync("PanelMember", "Police");
        var response = await browser.GetAsync($"/staff/cases/{reference}");
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Not shown to panel members", page.QuerySelector("#applicant-contact")!.TextContent.Trim(), StringComparison.Ordinal);
        foreach (var hidden in ContactDetails.Append(officerEmail))
        {
            Assert.DoesNotContain(hidden, page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Caseworkers_SeeTheContactDetails_AndTheOfficer()
    {
        using var app = new CaseReviewApp();
        var (reference, officerEmail) = await CaseWithOfficerAsync(app);

        var detail = await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);

        Assert.False(detail["applicantContactHidden"]!.GetValue<bool>());
        Assert.Equal("alex@example.org", detail["applicant"]!["email"].Str());
        Assert.Equal("B98 8AH", detail["applicant"]!["postcode"].Str());
        Assert.Equal(officerEmail, detail["assignedOfficer"].Str());
    }

    [Fact]
    public async Task PanelMember_SeesTheContactDetails_WhenTheCouncilSaysSo()
    {
        using var app = new CaseReviewApp { Settings = { ["Privacy:PanelSeesApplicantContact"] = "true" } };
        var (reference, officerEmail) = await CaseWithOfficerAsync(app);
        var police = await app.AsNewStaff("PanelMember", "Police");

        var json = await (await police.GetAsync($"/api/cases/{reference}")).Content.ReadAsStringAsync();

        Assert.Contains("alex@example.org", json, StringComparison.Ordinal);
        Assert.Contains("1 High Street", json, StringComparison.Ordinal);
        Assert.DoesNotContain(officerEmail, json, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A case on the Police's panel, assigned to a case officer who has also acted on it (so their address is in its history).</summary>
    private static async Task<(string Reference, string OfficerEmail)> CaseWithOfficerAsync(CaseReviewApp app)
    {
        var reference = await Cases.WithPanel(app, "Police");
        var (_, officerEmail) = await app.NewStaffAccount("CaseOfficer");
        var officer = await app.SignedIn(officerEmail, Api.StaffPassword);
        await officer.ActOk(reference, "assign", new { officerEmail });
        var extended = await officer.PostAsJsonAsync($"/api/cases/{reference}/deadlines/ReviewMeeting/extend", new { dueDate = "2027-06-01", reason = "The applicant asked for a later meeting." }, Api.Json);
        await extended.ReadJson(HttpStatusCode.OK);
        return (reference, officerEmail);
    }
}
