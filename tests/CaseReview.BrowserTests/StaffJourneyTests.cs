using System.Globalization;
using System.Text.RegularExpressions;
using CaseReview.BrowserTests.Support;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The whole staff side in one walk, every step through the pages: an officer enters an application taken by
/// phone, starts the assessment and decides the threshold as the policy suggests, arranges the panel; a panel
/// member signs in and records their agency's response; the chair records the outcome; the officer records the
/// applicant's consultation and sends the outcome; the applicant's tracking page then shows the outcome stage.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed partial class StaffJourneyTests(ResidentSite site)
{
    [Fact]
    public async Task PhoneApplication_ToOutcomeSent_ThroughTheStaffPages_AndTheApplicantSeesTheOutcomeStage()
    {
        var officerEmail = await site.NewStaffAsync("CaseOfficer");
        var memberEmail = await site.NewStaffAsync("PanelMember", "Police");
        var chairEmail = await site.NewStaffAsync("Chair", "Council");

        // The officer takes the call and enters the application.
        var officer = await site.SignedInPageAsync(officerEmail);
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Deadlines");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Enter an application" }).ClickAsync();
        await officer.GetByLabel("By phone").CheckAsync();
        await officer.GetByLabel("Full name", new() { Exact = true }).FillAsync("Jo Caller");
        await officer.GetByLabel("Email address", new() { Exact = true }).FillAsync("jo.caller@example.org");
        await officer.Locator("#applicant-preferredContact").CheckAsync(); // Email
        await officer.GetByLabel("Postcode", new() { Exact = true }).FillAsync("B97 4AA");
        await officer.Locator("#isThirdParty-2").CheckAsync(); // No
        await officer.GetByLabel("A person").CheckAsync();
        await officer.GetByLabel("Where does it happen?").FillAsync("Outside 4 Mill Lane");
        await officer.GetByLabel("What happens?").FillAsync("Drug dealing from a car most nights.");
        await officer.GetByLabel("Nuisance", new() { Exact = true }).CheckAsync();
        await officer.Locator("#hateMotivated-2").CheckAsync(); // No
        await officer.GetByLabel("How does it affect the victim?").FillAsync("Jo is afraid to leave the house after dark.");
        var today = Resident.Today;
        for (var row = 0; row < 3; row++)
        {
            if (row > 0)
            {
                await officer.GetByRole(AriaRole.Button, new() { Name = "Add another complaint" }).ClickAsync();
            }

            var incident = today.AddDays(-60 + (20 * row));
            await officer.FillDateAsync($"complaints-{row}-incidentDate", incident);
            await officer.FillDateAsync($"complaints-{row}-reportedDate", incident.AddDays(1));
            await officer.Locator($"#complaints-{row}-agency").SelectOptionAsync("Police");
        }

        await officer.GetByRole(AriaRole.Button, new() { Name = "Enter the application", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Application entered");
        var reference = (await officer.Locator("h1").InnerTextAsync()).Trim();
        Assert.Matches(ReferencePattern(), reference);

        // Assessment and the threshold decision, as the policy suggests.
        await officer.Locator("[data-action=start-assessment]").ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Assessment started");
        await officer.Locator("[data-action=threshold-decision]").ClickAsync();
        await Assertions.Expect(officer.Locator("#suggestion")).ToContainTextAsync("The threshold is met");
        await officer.GetByLabel("Yes, the threshold is met").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Threshold decision recorded");

        // The panel: Police and Council, chaired by the Council's chair, the applicant joining online.
        await officer.Locator("[data-action=schedule-review]").ClickAsync();
        var meeting = today.AddDays(14);
        await officer.GetByLabel("Day").FillAsync(meeting.Day.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Month").FillAsync(meeting.Month.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Year").FillAsync(meeting.Year.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Meeting time").FillAsync("10am");
        await officer.GetByLabel("Council", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Police", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Chair", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = chairEmail });
        await officer.GetByLabel("Online at the meeting").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#done")).ToHaveTextAsync("Review meeting arranged");

        // The Police panel member finds the case among their panels' cases and records the Police response.
        var member = await site.SignedInPageAsync(memberEmail);
        await Assertions.Expect(member.Locator("h1")).ToHaveTextAsync("Your panels' cases");
        await member.Locator("#cases").GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Record the response of Police" }).ClickAsync();
        await member.GetByLabel("What did the agency know about the behaviour?").FillAsync("Three reports of dealing since the summer.");
        await member.GetByLabel("What did the agency do about it?").FillAsync("One stop and search; no arrest.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(member.Locator("#panel-responses")).ToContainTextAsync("One stop and search; no arrest.");

        // The chair records the outcome and the action plan.
        await site.MeetingHeldAsync(reference);
        var chair = await site.SignedInPageAsync(chairEmail);
        await chair.GotoAsync($"/staff/cases/{reference}");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await chair.GetByLabel("The panel's findings").FillAsync("Reports were not shared between the Police and the Council.");
        await chair.GetByLabel("What the applicant will be told").FillAsync("The Police and the Council did not share your reports. The Police will act on Mill Lane.");
        await chair.Locator("#recommendation-1-action").FillAsync("Police to run a targeted operation on Mill Lane");
        await chair.Locator("#recommendation-1-owner").SelectOptionAsync("Police");
        await chair.Locator("#recommendation-1-due-day").FillAsync("15");
        await chair.Locator("#recommendation-1-due-month").FillAsync("3");
        await chair.Locator("#recommendation-1-due-year").FillAsync((today.Year + 1).ToString(CultureInfo.InvariantCulture));
        await chair.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        await Assertions.Expect(chair.Locator("#action-plan")).ToContainTextAsync("Police to run a targeted operation on Mill Lane");

        // The officer consults the applicant on the plan, then sends the outcome.
        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Record the consultation" }).ClickAsync();
        await officer.FillDateAsync("consulted-on", today);
        await officer.GetByLabel("How were they consulted?").FillAsync("By phone");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the consultation" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the outcome" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the outcome" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#status")).ToHaveTextAsync("Outcome sent");
        await Assertions.Expect(officer.Locator("#history")).ToContainTextAsync("Outcome sent");

        // The applicant follows the link in their acknowledgement email.
        var trackingLink = await TrackingLinkAsync(reference);
        var applicant = await site.NewPageAsync();
        await applicant.GotoAsync(new Uri(trackingLink).PathAndQuery);
        await Assertions.Expect(applicant.Locator("h1")).ToHaveTextAsync("We have sent you the outcome of the case review");
        await Assertions.Expect(applicant.Locator("#outcome-summary")).ToHaveTextAsync("The Police and the Council did not share your reports. The Police will act on Mill Lane.");
        await Assertions.Expect(applicant.Locator("#outcome table")).ToContainTextAsync("Police to run a targeted operation on Mill Lane");
        await Assertions.Expect(applicant.Locator("#outcome")).Not.ToContainTextAsync("Reports were not shared");
        await applicant.ScanAsync("journey-applicant-outcome");
    }

    /// <summary>The tracking link the acknowledgement email gave the applicant (the site has no mail server, so it waits in the outbox).</summary>
    private async Task<string> TrackingLinkAsync(string reference)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var email = await scope.ServiceProvider.GetRequiredService<ICaseReviewDb>().OutboxEmails
            .SingleAsync(e => e.CaseReference == reference && e.Template == "acknowledgement");
        Assert.Equal("jo.caller@example.org", email.Recipient);
        return TrackingLinkPattern().Match(email.TextBody).Value;
    }

    [GeneratedRegex(@"^CR-\d{4}-\d{6}$")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"https?://\S+/track/[A-Z0-9]+")]
    private static partial Regex TrackingLinkPattern();
}
