using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Workflow;

/// <summary>A case officer is made responsible for a case; their reminders depend on it.</summary>
public sealed class AssignOfficerTests : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app;

    public AssignOfficerTests(CaseReviewApp app) => _app = app;

    [Fact]
    public async Task Officer_IsAssigned_AndShownOnTheCaseWithAHistoryRow()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var admin = await _app.AsAdmin();
        (await admin.PostAsJsonAsync("/api/admin/users", new { email = "assignee@council.example", password = "a long enough passphrase", roles = new[] { "CaseOfficer" } }, Api.Json))
            .EnsureSuccessStatusCode();

        var detail = await admin.ActOk(reference, "assign", new { officerEmail = "assignee@council.example" });

        Assert.Equal("assignee@council.example", detail["assignedOfficer"].Str());
        Assert.Contains(detail["history"]!.AsArray(), h => h!["action"].Str() == "assign-officer");
    }

    [Fact]
    public async Task AssigningSomeoneWhoIsNotACaseOfficer_IsAFieldError_AndChangesNothing()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var admin = await _app.AsAdmin();
        (await admin.PostAsJsonAsync("/api/admin/users", new { email = "panel.only@police.example", password = "a long enough passphrase", roles = new[] { "PanelMember" }, agency = "Police" }, Api.Json))
            .EnsureSuccessStatusCode();
        var before = await _app.CountRowsAsync();

        foreach (var email in new[] { "nobody@council.example", "panel.only@police.example", "" })
        {
            var problem = await (await admin.Act(reference, "assign", new { officerEmail = email })).ReadJson(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["officerEmail"]);
        }

        Assert.Equal(before, await _app.CountRowsAsync());
    }

    [Fact]
    public async Task PanelMembers_CannotAssignCases()
    {
        var reference = (await _app.CreateClient().Submit())["reference"].Str();
        var panelMember = await _app.AsNewStaff("PanelMember", "Police");

        var response = await panelMember.Act(reference, "assign", new { officerEmail = CaseReviewApp.AdminEmail });

        // Only caseworkers assign: refused before the case is looked up, so the answer says nothing about it.
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
