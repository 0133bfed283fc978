using System.Globalization;
using CaseReview.BrowserTests.Support;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests;

/// <summary>
/// The panel and after in a real browser: the officer arranges the panel, a panel member records their agency's
/// response, the chair records the outcome (a missing due date shown first), the officer records the
/// applicant's consultation and sends the outcome. Every page passes axe-core.
/// </summary>
[Collection(ResidentSiteCollection.Name)]
public sealed class PanelPagesTests(ResidentSite site)
{
    [Fact]
    public async Task ArrangePanel_Response_ChairsOutcome_Consultation_SendOutcome_WithNoAccessibilityViolations()
    {
        var reference = await ThresholdMetCaseAsync();
        var memberEmail = await site.NewStaffAsync("PanelMember", "Police");
        var chairEmail = await site.NewStaffAsync("Chair", "Council");

        var officer = await site.SignedInPageAsync(ResidentSite.AdminEmail, ResidentSite.AdminPassword);
        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Arrange the panel" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Arrange the review meeting");
        await officer.ScanAsync("panel-arrange");
        var meeting = DateTime.UtcNow.AddDays(14);
        await officer.GetByLabel("Day").FillAsync(meeting.Day.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Month").FillAsync(meeting.Month.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Year").FillAsync(meeting.Year.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Meeting time").FillAsync("2pm");
        await officer.GetByLabel("Council", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Police", new() { Exact = true }).CheckAsync();
        await officer.GetByLabel("Chair", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = chairEmail });
        await officer.GetByLabel("Online at the meeting").CheckAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the meeting" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#review-meeting")).ToContainTextAsync("at 2pm");
        await officer.ScanAsync("panel-case-arranged");

        var member = await site.SignedInPageAsync(memberEmail);
        await Assertions.Expect(member.Locator("h1")).ToHaveTextAsync("Your panels' cases");
        await member.ScanAsync("panel-member-cases");
        await member.GotoAsync($"/staff/cases/{reference}");
        await member.GetByRole(AriaRole.Link, new() { Name = "Record the response of Police" }).ClickAsync();
        await member.GetByLabel("What did the agency know about the behaviour?").FillAsync("Three reports since June.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(member.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what the agency did about it");
        await member.ScanAsync("panel-response-errors");
        await member.GetByLabel("What did the agency do about it?").FillAsync("Two patrols.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await Assertions.Expect(member.Locator("#panel-responses")).ToContainTextAsync("Two patrols.");

        await site.MeetingHeldAsync(reference);
        var chair = await site.SignedInPageAsync(chairEmail);
        await chair.GotoAsync($"/staff/cases/{reference}");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await chair.GetByLabel("The panel's findings").FillAsync("The agencies did not share what they knew.");
        await chair.GetByLabel("What the applicant will be told").FillAsync("The agencies did not share your reports. The Police will patrol on Friday evenings.");
        await chair.Locator("#recommendation-1-action").FillAsync("Police to patrol on Friday evenings");
        await chair.Locator("#recommendation-1-owner").SelectOptionAsync("Police");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        await Assertions.Expect(chair.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date this action is due");
        await chair.ScanAsync("panel-outcome-errors");
        await chair.Locator("#recommendation-1-due-day").FillAsync("15");
        await chair.Locator("#recommendation-1-due-month").FillAsync("1");
        await chair.Locator("#recommendation-1-due-year").FillAsync((meeting.Year + 1).ToString(CultureInfo.InvariantCulture));
        await chair.GetByRole(AriaRole.Button, new() { Name = "Save the outcome" }).ClickAsync();
        await Assertions.Expect(chair.Locator("#action-plan")).ToContainTextAsync("Police to patrol on Friday evenings");
        await chair.ScanAsync("panel-case-outcome");

        await officer.GotoAsync($"/staff/cases/{reference}");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Record the consultation" }).ClickAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));
        await officer.GetByLabel("Day").FillAsync(today.Day.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Month").FillAsync(today.Month.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("Year").FillAsync(today.Year.ToString(CultureInfo.InvariantCulture));
        await officer.GetByLabel("How were they consulted?").FillAsync("By phone");
        await officer.ScanAsync("panel-consultation");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Save the consultation" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#consultation")).ToContainTextAsync("By phone");

        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the outcome" }).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Send the outcome to the applicant");
        await officer.ScanAsync("panel-send-outcome");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the outcome" }).ClickAsync();
        await Assertions.Expect(officer.Locator("body")).ToContainTextAsync("Outcome sent to the applicant");
        await officer.ScanAsync("panel-case-outcome-sent");
    }

    private async Task<string> ThresholdMetCaseAsync()
    {
        // Three incidents, each reported the next day, in the last six months: the threshold policy is met.
        static object Complaint(int daysAgo) => new
        {
            incidentDate = DateTime.UtcNow.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reportedDate = DateTime.UtcNow.AddDays(1 - daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            agency = "Police",
            summary = "Shouting and loud music at night.",
        };
        var reference = (await site.SubmitApplicationAsync(postcode: "B98 8AH", complaints: [Complaint(60), Complaint(40), Complaint(20)]))["reference"]!.GetValue<string>();
        using var admin = await site.AdminApiAsync();
        await admin.DecideThresholdAsync(reference, met: true);
        return reference;
    }
}
