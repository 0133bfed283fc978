using System.Net;
using CaseReview.Infrastructure.Email;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Survey;

namespace CaseReview.IntegrationTests.ResidentPages;

/// <summary>
/// GOV.UK writes for a reading age of about 9 (<see cref="Readability"/>: Flesch-Kincaid grade plus 5). Every email
/// template, filled in with typical values, and every page a resident sees must read at 9 or younger; the letters are
/// scored in <c>LetterTemplateTests</c>.
/// </summary>
public sealed class PlainWordsTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private const double Target = 9;

    private static readonly Dictionary<string, object> Values = new()
    {
        ["ApplicantName"] = "Alex Example",
        ["Reference"] = "CR-2026-000001",
        ["CouncilName"] = "Anytown Borough Council",
        ["HowToContactUs"] = "by replying to this email or calling 01234 567890",
        ["TrackingUrl"] = "https://casereview.council.example/track/ABC",
        ["CaseUrl"] = "https://casereview.council.example/staff/cases/CR-2026-000001",
        ["SurveyUrl"] = "https://casereview.council.example/survey/ABCD-EFGH-JKMN",
        ["SurveyClosesOn"] = "Monday 1 February 2027",
        ["ThresholdDecisionDue"] = "Monday 16 November 2026",
        ["ReviewMeetingDue"] = "Monday 14 December 2026",
        ["AppealBy"] = "Monday 30 November 2026",
        ["AppealDecisionDue"] = "Monday 14 December 2026",
        ["MeetingAt"] = "Monday 14 December 2026 at 10am",
        ["Channel"] = "Online",
        ["Reasons"] = new List<string> { "Three complaints count, so the threshold is met.", "Counted: reported to Police 1 day after the incident." },
        ["Recommendations"] = "The panel made 1 recommendation, which forms the action plan.",
        ["Summary"] = "The police will patrol the footpaths on Friday evenings.",
        ["Changes"] = new List<string> { "email address" },
        ["HowWeContactYou"] = "by email",
        ["Stage"] = "threshold decision",
        ["DueDate"] = "Monday 16 November 2026",
        ["Rag"] = "amber",
        ["Action"] = "Patrol the footpaths",
        ["OwnerAgency"] = "Police",
        ["Link"] = "https://casereview.council.example/staff/set-password?token=x",
        ["When"] = "in 2 working days",
        ["DaysOverdue"] = "3",
        ["Agency"] = "Police",
        ["Email"] = "sam.officer@council.example",
        ["ValidFor"] = "7 days",
        ["SignInUrl"] = "https://casereview.council.example/staff/sign-in",
        ["OrganisationSignIn"] = string.Empty, // only when the council has its own sign-in; that sentence is tested in PasswordLinkTests
    };

    [Fact]
    public void EveryEmail_ReadsAtAReadingAgeOfAbout9()
    {
        var templates = new FileEmailTemplates(null);
        var tooHard = new List<string>();
        foreach (var name in FileEmailTemplates.ShippedTemplateNames().Where(n => !n.StartsWith('_')))
        {
            var email = templates.Render(name, Values);
            var age = Readability.ReadingAge(email.Text.Split('\n'));
            if (age > Target)
            {
                tooHard.Add($"{name}: {age:0.0}");
            }
        }

        Assert.True(tooHard.Count == 0, "Emails above a reading age of 9: " + string.Join("; ", tooHard));
    }

    [Fact]
    public async Task EveryResidentPage_ReadsAtAReadingAgeOfAbout9()
    {
        var submitted = await app.CreateClient().Submit();
        var code = submitted["trackingCode"].Str();
        var withdrawn = (await app.CreateClient().Submit())["trackingCode"].Str();
        var (_, closedCode) = await Survey.SurveyInvitationTests.ClosedAsync(app);
        var survey = SurveyCodes.Display(SurveyCodes.For(closedCode));
        var resident = new ResidentBrowser(app);
        await ResidentBrowser.Expect(HttpStatusCode.Redirect, resident.SubmitAsync($"/track/{withdrawn}/withdraw", ("Reason", string.Empty)));
        await resident.FillInApplicationAsync();
        var pages = new List<string>
        {
            "/", "/eligibility", "/accessibility", "/privacy", "/statistics", "/status/404",
            "/apply?deleted=true", "/apply/about-you", "/apply/someone-else", "/apply/problem", "/apply/effect", "/apply/complaints", "/apply/complaint", "/apply/contact", "/apply/check-answers",
            "/track", $"/track/{code}", $"/track/{code}/withdraw", $"/track/{code}/contact", $"/track/{code}/contact-changed", $"/track/{closedCode}", $"/track/{withdrawn}/withdrawn",
            $"/survey/{survey}", "/survey/thank-you", "/survey/ABCD-EFGH-JKMN",
        };
        var tooHard = new List<string>();
        foreach (var url in pages)
        {
            tooHard.AddRange(await TooHardAsync(resident, url));
        }

        await ResidentBrowser.Expect(HttpStatusCode.Redirect, resident.SubmitAsync("/apply/check-answers"));
        tooHard.AddRange(await TooHardAsync(resident, "/apply/confirmation"));

        Assert.True(tooHard.Count == 0, "Pages above a reading age of 9: " + string.Join("; ", tooHard));
    }

    private static async Task<IEnumerable<string>> TooHardAsync(ResidentBrowser resident, string url)
    {
        var response = await resident.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode || url.StartsWith("/status/", StringComparison.Ordinal) || url.EndsWith("ABCD-EFGH-JKMN", StringComparison.Ordinal), $"{url}: {(int)response.StatusCode}");
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var age = Math.Round(Readability.PageReadingAge(html), 1);
        return age > Target ? [$"{url}: {age:0.0}"] : [];
    }
}
