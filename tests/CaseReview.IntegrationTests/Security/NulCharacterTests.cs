using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Security;

/// <summary>
/// A NUL character has no place in any text CaseReview keeps, and PostgreSQL cannot store one in a text column (it
/// answers an error, which would be a 500): it is refused as a 400 on the field, or on the query, before any
/// database is asked. (One in the path never reaches the app: the server refuses it.) Runs on both databases (issue 13).
/// </summary>
public sealed class NulCharacterTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    [Theory]
    [InlineData("description")]
    [InlineData("location")]
    public async Task ANulCharacterInAJsonField_IsRefusedOnThatField_AndNothingIsStored(string field)
    {
        var before = await app.QueryDatabaseAsync(db => db.Applications.CountAsync());
        var application = JsonNode.Parse(JsonSerializer.Serialize(Api.Application(), Api.Json))!.AsObject();
        application[field] = "Motorbikes\u0000 on the footpaths";

        var problem = await (await app.CreateClient().PostAsJsonAsync("/api/applications", application, Api.Json)).ReadJson(HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.Equal(before, await app.QueryDatabaseAsync(db => db.Applications.CountAsync()));
    }

    [Theory]
    [InlineData("/api/cases?status=%00")]
    [InlineData("/api/admin/audit?reference=CR%00")]
    [InlineData("/api/admin/audit?actor=x%00")]
    [InlineData("/staff/audit?reference=CR%00")]
    public async Task ANulCharacterInTheQuery_IsA400_NotAServerError(string url)
    {
        var admin = await app.AsAdmin();

        var response = await admin.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
