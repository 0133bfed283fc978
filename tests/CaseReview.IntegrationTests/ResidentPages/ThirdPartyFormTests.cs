using System.Net;
using AngleSharp.Html.Parser;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.ResidentPages;

/// <summary>
/// Someone applying online for a neighbour (issue 17, part 3): they give their own name, then the person they apply for
/// and how and when that person agreed; the mistakes show beside each field; the emails then go to them by their own name.
/// </summary>
public sealed class ThirdPartyFormTests
{
    [Fact]
    public async Task WithoutTheirAgreementRecorded_ThePageSaysSoBesideEachField_AndKeepsWhatWasTyped()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await ResidentBrowser.Expect(HttpStatusCode.Redirect,
            browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "true"), ("Name", "Sam Helper"), ("VictimType", "Individual")));

        var response = await ResidentBrowser.Expect(HttpStatusCode.OK, browser.SubmitAsync("/apply/someone-else",
            ("VictimName", "Vera Victim"), ("VictimAddress", "3 Elm Close"), ("VictimPostcode", "B97 4QR"), ("Relationship", "Neighbour"),
            ("AgreesToContact", "false"), ("ConsentGivenOn.Day", "31"), ("ConsentGivenOn.Month", "2"), ("ConsentGivenOn.Year", "2026")));

        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            ["#thirdParty-victimConsent", "#thirdParty-consentHow", "#thirdParty-consentGivenOn-day"],
            page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Confirm that they agree", page.QuerySelector("#thirdParty-victimConsent-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Select how they told you they agree", page.QuerySelector("#thirdParty-consentHow-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The date they agreed must be a real date", page.QuerySelector("#thirdParty-consentGivenOn-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Vera Victim", page.QuerySelector("#victim-name")!.GetAttribute("value"));
        Assert.Equal(0, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task TheNewWording_IsPlain_ReadingAgeNineOrBelow_WithAndWithoutMistakes()
    {
        using var app = new CaseReviewApp();
        var browser = new ResidentBrowser(app);
        await ResidentBrowser.Expect(HttpStatusCode.Redirect,
            browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "true"), ("Name", "Sam Helper"), ("VictimType", "Individual")));
        var parser = new HtmlParser();
        var pages = new Dictionary<string, AngleSharp.Dom.IDocument>
        {
            ["about you"] = await parser.ParseDocumentAsync(await (await browser.GetAsync("/apply/about-you")).Content.ReadAsStringAsync()),
            ["someone else"] = await parser.ParseDocumentAsync(await (await browser.GetAsync("/apply/someone-else")).Content.ReadAsStringAsync()),
            ["someone else, every mistake"] = await parser.ParseDocumentAsync(await (await browser.SubmitAsync("/apply/someone-else", ("AgreesToContact", "false"), ("VictimEmail", "x"))).Content.ReadAsStringAsync()),
        };
        // The contact page was there before; its new words for a third party are checked on their own.
        var contact = await parser.ParseDocumentAsync(await (await browser.GetAsync("/apply/contact")).Content.ReadAsStringAsync());
        string[] contactWords = [contact.QuerySelector("#third-party-contact")!.TextContent, contact.QuerySelector("#applicant-address-hint")!.TextContent];

        var tooHard = pages.Select(p => (p.Key, Age: Readability.PageReadingAge(p.Value))).Append((Key: "contact, third party's words", Age: Readability.ReadingAge(contactWords)))
            .Where(p => p.Age > 9).Select(p => $"{p.Key}: {p.Age:0.0}").ToList();

        Assert.True(pages["someone else, every mistake"].QuerySelectorAll(".govuk-error-message").Length >= 6);
        Assert.True(tooHard.Count == 0, "Above a reading age of 9: " + string.Join("; ", tooHard));
    }

    [Fact]
    public async Task AThirdPartyApplyingOnline_IsWrittenToByTheirOwnName_AndTheVictimAndConsentAreOnTheCase()
    {
        using var smtp = SmtpSink.Started();
        using var app = EmailSteps.WithSmtp(smtp);
        var browser = new ResidentBrowser(app);
        await browser.FillInApplicationAsync();
        await ResidentBrowser.Expect(HttpStatusCode.Redirect,
            browser.SubmitAsync("/apply/about-you", ("IsThirdParty", "true"), ("Name", "Sam Helper"), ("VictimType", "Individual")));
        await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/someone-else",
            ("VictimName", "Vera Victim"), ("VictimAddress", "3 Elm Close, Redditch"), ("VictimPostcode", "B97 4QR"), ("Relationship", "Neighbour"),
            ("AgreesToContact", "true"), ("VictimPhone", "07700 900777"), ("VictimConsent", "true"), ("ConsentHow", "ByPhone"),
            ("ConsentGivenOn.Day", "30"), ("ConsentGivenOn.Month", "10"), ("ConsentGivenOn.Year", "2026")));
        await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/contact", ("PreferredContact", "Email"), ("Email", "sam.helper@example.org")));
        var check = await new HtmlParser().ParseDocumentAsync(await (await browser.GetAsync("/apply/check-answers")).Content.ReadAsStringAsync());
        Assert.Contains("Yes, on the phone, on 30 October 2026", check.Body!.TextContent, StringComparison.Ordinal);

        await ResidentBrowser.Expect(HttpStatusCode.Redirect, browser.SubmitAsync("/apply/check-answers"));
        await app.DispatchAllAsync();

        var acknowledgement = Assert.Single(smtp.Messages(), m => m.Subject.StartsWith("We have received your application", StringComparison.Ordinal));
        Assert.Equal("sam.helper@example.org", acknowledgement.Recipient);
        Assert.Contains("Dear Sam Helper,", acknowledgement.Text, StringComparison.Ordinal);
        var stored = await app.QueryDatabaseAsync(db => db.Applications.AsNoTracking().SingleAsync());
        Assert.Equal(("Sam Helper", "Vera Victim", "B97 4QR", "07700 900777"), (stored.Applicant.Name, stored.Victim!.Name, stored.Victim.Postcode, stored.Victim.Phone));
        Assert.Equal(new Domain.Applications.ThirdParty("Neighbour", true, Domain.Applications.ConsentMethod.ByPhone, new DateOnly(2026, 10, 30)), stored.ThirdParty);
    }
}
