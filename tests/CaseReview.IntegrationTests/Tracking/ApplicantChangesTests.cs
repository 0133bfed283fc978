using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Tracking;

/// <summary>
/// The applicant acts from the tracking page (issue 17, part 4): withdraws (with a reason if they wish) and changes
/// their contact details and how we contact them, through the API and the pages. The tracking code is the key; both
/// are audited, shown to the officer in the case's history, and confirmed by email (old and new address).
/// </summary>
public sealed class ApplicantChangesTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Fact]
    public async Task TheApplicantWithdraws_ThroughTheWorkflow_AndTheOfficerSeesIt_AndItIsAudited()
    {
        var (reference, code) = await SubmittedAsync();
        var tracked = await TrackAsync(code);
        Assert.True(tracked["canWithdraw"]!.GetValue<bool>());
        Assert.True(tracked["canChangeContact"]!.GetValue<bool>());

        var withdrawn = await (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { reason = "The neighbours have moved away." }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Withdrawn", withdrawn["status"].Str());
        Assert.False(withdrawn["canWithdraw"]!.GetValue<bool>());
        Assert.False(withdrawn["canChangeContact"]!.GetValue<bool>());
        var detail = await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        var row = detail["history"]!.AsArray().Last()!;
        Assert.Equal("withdraw", row["action"].Str());
        Assert.Equal("Applicant", row["actor"].Str());
        Assert.Equal("Withdrawn by the applicant on the tracking page: The neighbours have moved away.", row["reason"].Str());
        Assert.Empty(detail["deadlines"]!.AsArray());
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.Where(a => a.CaseReference == reference && a.Action == "case.withdraw").ToListAsync());
        Assert.Equal("applicant", Assert.Single(audit).ActorId);

        // Once ended, it cannot be withdrawn again: a clear message, and nothing changes.
        var again = await (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { }, Api.Json)).ReadJson(HttpStatusCode.Conflict);
        Assert.Equal("This application has already ended, so it cannot be withdrawn.", again["detail"].Str());
        Assert.Equal(detail["version"]!.GetValue<int>(), (await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task AWithdrawalNeedsNoReason_AndAnUnknownCodeIsNotFound()
    {
        var (reference, code) = await SubmittedAsync();

        var withdrawn = await (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Withdrawn", withdrawn["status"].Str());
        var history = (await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK))["history"]!.AsArray();
        Assert.Equal("Withdrawn by the applicant on the tracking page.", history.Last()!["reason"].Str());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().PostAsJsonAsync("/api/track/NOSUCHCODE/withdraw", new { }, Api.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().PostAsJsonAsync("/api/track/NOSUCHCODE/contact", new { preferredContact = "Email" }, Api.Json)).StatusCode);
        var tooLong = await (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { reason = new string('x', 2001) }, Api.Json)).ReadJson(HttpStatusCode.BadRequest);
        Assert.NotNull(tooLong["errors"]!["reason"]);
    }

    [Fact]
    public async Task TheApplicantChangesTheirContactDetails_TheOfficerSeesThemAndWhatChanged_TheTrackingViewShowsNone()
    {
        var (reference, code) = await SubmittedAsync();

        var changed = await (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/contact",
            new { email = "alex.new@example.org", phone = "07700 900456", preferredContact = "Phone" }, Api.Json)).ReadJson(HttpStatusCode.OK);

        Assert.Equal("Received", changed["status"].Str());
        Assert.DoesNotContain("alex.new@example.org", changed.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("900456", changed.ToJsonString(), StringComparison.Ordinal);
        var detail = await (await (await app.AsAdmin()).GetAsync($"/api/cases/{reference}")).ReadJson(HttpStatusCode.OK);
        Assert.Equal("alex.new@example.org", detail["applicant"]!["email"].Str());
        Assert.Equal("07700 900456", detail["applicant"]!["phone"].Str());
        Assert.Equal("1 High Street, Redditch", detail["applicant"]!["address"].Str()); // left out: kept
        Assert.Equal("Phone", detail["applicant"]!["preferredContact"].Str());
        var row = detail["history"]!.AsArray().Last()!;
        Assert.Equal("contact-changed", row["action"].Str());
        Assert.Equal("Applicant", row["actor"].Str());
        Assert.Equal("Changed: email address, phone number, preferred contact (now phone).", row["reason"].Str());
        var audit = await app.QueryDatabaseAsync(db => db.AuditEntries.SingleAsync(a => a.CaseReference == reference && a.Action == "case.contact-changed"));
        Assert.Equal("applicant", audit.ActorId);
        Assert.DoesNotContain("alex.new", audit.Detail, StringComparison.Ordinal);

        // Link suggestions use the new details.
        var key = await app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.EmailKey).SingleAsync());
        Assert.Equal("alex.new@example.org", key);
    }

    [Fact]
    public async Task AContactChangeIsChecked_LikeTheApplication_AndAnEndedApplicationCannotBeChanged()
    {
        var (_, code) = await SubmittedAsync(address: null);
        var client = app.CreateClient();

        async Task<JsonObject> Refused(object body) => await (await client.PostAsJsonAsync($"/api/track/{code}/contact", body, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.Equal("Select how you would like us to contact you", (await Refused(new { email = "a@b.example" }))["errors"]!["preferredContact"]![0].Str());
        Assert.Equal("Enter an email address in the correct format, like name@example.com", (await Refused(new { email = "not an address", preferredContact = "Email" }))["errors"]!["email"]![0].Str());
        Assert.Equal("Enter a real postcode, like B98 8AH", (await Refused(new { postcode = "12345", preferredContact = "Email" }))["errors"]!["postcode"]![0].Str());
        Assert.Equal("Enter your address, or choose another way for us to contact you", (await Refused(new { preferredContact = "Post" }))["errors"]!["address"]![0].Str());
        Assert.StartsWith("You have not changed anything", (await Refused(new { preferredContact = "Email" }))["errors"]!["email"]![0].Str(), StringComparison.Ordinal);

        (await client.PostAsJsonAsync($"/api/track/{code}/withdraw", new { }, Api.Json)).EnsureSuccessStatusCode();
        var ended = await (await client.PostAsJsonAsync($"/api/track/{code}/contact", new { phone = "07700 900999", preferredContact = "Phone" }, Api.Json)).ReadJson(HttpStatusCode.Conflict);
        Assert.Contains("has ended", ended["detail"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnThePages_TheApplicantWithdraws_WithMistakesShownBesideTheField_AndAConfirmationPage()
    {
        var (reference, code) = await SubmittedAsync();
        var resident = new ResidentBrowser(app);
        var tracking = await HtmlPages.PageAsync(resident, $"/track/{code}");
        Assert.Equal($"/track/{code}/withdraw", tracking.QuerySelector("#withdraw")!.GetAttribute("href"));
        Assert.Equal($"/track/{code}/contact", tracking.QuerySelector("#change-contact")!.GetAttribute("href"));

        var tooLong = await resident.SubmitAsync($"/track/{code}/withdraw", ("Reason", new string('x', 2001)));
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var errorPage = await Parse(tooLong);
        Assert.StartsWith("Error:", errorPage.Title, StringComparison.Ordinal);
        Assert.Equal("#reason", errorPage.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains("2000 characters or fewer", errorPage.QuerySelector("#reason-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Received", await StatusAsync(reference));

        var done = await resident.SubmitAsync($"/track/{code}/withdraw", ("Reason", "Things are better now."));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal($"/track/{code}/withdrawn", done.Headers.Location!.OriginalString);
        var confirmation = await HtmlPages.PageAsync(resident, $"/track/{code}/withdrawn");
        Assert.Equal("Application withdrawn", confirmation.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Withdrawn", await StatusAsync(reference));

        var after = await HtmlPages.PageAsync(resident, $"/track/{code}");
        Assert.Null(after.QuerySelector("#withdraw"));
        Assert.Null(after.QuerySelector("#change-contact"));
        var notNow = await HtmlPages.PageAsync(resident, $"/track/{code}/withdraw");
        Assert.Contains("already ended", notNow.QuerySelector("#not-possible")!.TextContent, StringComparison.Ordinal);
        Assert.Null(notNow.QuerySelector("form button"));
        Assert.Contains("has ended", (await HtmlPages.PageAsync(resident, $"/track/{code}/contact")).QuerySelector("#not-possible")!.TextContent, StringComparison.Ordinal);

        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var casePage = await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}");
        Assert.Contains("Application withdrawn by the applicant", casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Things are better now.", casePage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnThePages_TheApplicantChangesTheirDetails_WithMistakesShownBesideEachField_AndAConfirmationPage()
    {
        var (reference, code) = await SubmittedAsync();
        var resident = new ResidentBrowser(app);

        var form = await HtmlPages.PageAsync(resident, $"/track/{code}/contact");
        Assert.DoesNotContain("alex@example.org", form.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("High Street", form.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var mistakes = await Parse(await resident.SubmitAsync($"/track/{code}/contact", ("Email", "not an address"), ("Postcode", "12345")));
        Assert.Equal(["#preferredContact", "#email", "#postcode"], mistakes.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")!));
        Assert.NotNull(mistakes.QuerySelector("#email-error"));
        Assert.Equal("not an address", mistakes.QuerySelector("#email")!.GetAttribute("value"));
        var noAddress = await Parse(await resident.SubmitAsync($"/track/{code}/contact", ("PreferredContact", "Email")));
        Assert.StartsWith("You have not changed anything", noAddress.QuerySelector("#email-error")!.TextContent.Replace("Error:", string.Empty, StringComparison.Ordinal).Trim(), StringComparison.Ordinal);

        var saved = await resident.SubmitAsync($"/track/{code}/contact", ("PreferredContact", "Post"), ("Address", "2 Low Road, Redditch"), ("Postcode", "b98 7aa"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/track/{code}/contact-changed", saved.Headers.Location!.OriginalString);
        var confirmation = await HtmlPages.PageAsync(resident, $"/track/{code}/contact-changed");
        Assert.Equal("Your details have been changed", confirmation.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Low Road", confirmation.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var applicant = await app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference)
            .Select(a => new { a.Applicant.Address, a.Applicant.Postcode, a.Applicant.PreferredContact }).SingleAsync());
        Assert.Equal(("2 Low Road, Redditch", "B98 7AA", Domain.Applications.PreferredContact.Post), (applicant.Address, applicant.Postcode, applicant.PreferredContact));
        var officer = await app.SignedInBrowserAsync("CaseOfficer");
        var casePage = (await HtmlPages.PageAsync(officer, $"/staff/cases/{reference}")).QuerySelector("main")!.TextContent;
        Assert.Contains("Applicant changed their contact details", casePage, StringComparison.Ordinal);
        Assert.Contains("Changed: postal address, postcode, preferred contact (now post).", casePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNewResidentPagesAndTheEmail_ReadAtAReadingAgeOfAbout9()
    {
        var (_, code) = await SubmittedAsync();
        var resident = new ResidentBrowser(app);
        var tooHard = new List<string>();
        foreach (var url in new[] { $"/track/{code}/withdraw", $"/track/{code}/contact", $"/track/{code}/contact-changed" })
        {
            var age = Readability.PageReadingAge(await HtmlPages.PageAsync(resident, url));
            if (age > 9)
            {
                tooHard.Add($"{url}: {age:0.0}");
            }
        }

        (await app.CreateClient().PostAsJsonAsync($"/api/track/{code}/withdraw", new { }, Api.Json)).EnsureSuccessStatusCode();
        var withdrawnAge = Readability.PageReadingAge(await HtmlPages.PageAsync(resident, $"/track/{code}/withdrawn"));
        if (withdrawnAge > 9)
        {
            tooHard.Add($"withdrawn: {withdrawnAge:0.0}");
        }

        var email = new Infrastructure.Email.FileEmailTemplates(null).Render("contact-details-changed", new Dictionary<string, object>
        {
            ["ApplicantName"] = "Alex Example",
            ["Reference"] = "CR-2026-000001",
            ["CouncilName"] = "Anytown Borough Council",
            ["HowToContactUs"] = "by replying to this email or calling 01234 567890",
            ["TrackingUrl"] = "https://casereview.council.example/track/ABC",
            ["Changes"] = new List<string> { "email address", "preferred contact (now phone)" },
            ["HowWeContactYou"] = "by phone",
        });
        var emailAge = Readability.ReadingAge(email.Text.Split('\n'));
        if (emailAge > 9)
        {
            tooHard.Add($"contact-details-changed email: {emailAge:0.0}");
        }

        Assert.True(tooHard.Count == 0, "Above a reading age of 9: " + string.Join("; ", tooHard));
    }

    [Fact]
    public async Task ThePagesFormsAreRateLimited_LikeTheOtherResidentForms()
    {
        using var limited = new CaseReviewApp { PublicPostsPerWindow = 2 };
        var code = (await limited.CreateClient().Submit())["trackingCode"].Str();
        var resident = new ResidentBrowser(limited);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await resident.SubmitAsync($"/track/{code}/contact", ("PreferredContact", "Email"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }

    private async Task<(string Reference, string Code)> SubmittedAsync(string? address = "1 High Street, Redditch")
    {
        var application = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application["applicant"]!["address"] = address;
        var submitted = await app.CreateClient().Submit(application);
        return (submitted["reference"].Str(), submitted["trackingCode"].Str());
    }

    private async Task<JsonObject> TrackAsync(string code) => await (await app.CreateClient().GetAsync($"/api/track/{code}")).ReadJson(HttpStatusCode.OK);

    private Task<string> StatusAsync(string reference) =>
        app.QueryDatabaseAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status.ToString()).SingleAsync());

    private static async Task<IDocument> Parse(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
