using System.Net;
using System.Net.Http.Json;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Risk;

/// <summary>The council's own questionnaire (settings <c>RiskAssessment</c>): used when set, and one that cannot work stops the app at start naming the key.</summary>
public sealed class RiskSettingsTests
{
    [Fact]
    public void HighFromNotAboveMediumFrom_StopsTheAppAtStart_WithTheKeyNamed()
    {
        using var app = new CaseReviewApp { Settings = { ["RiskAssessment:MediumFrom"] = "12", ["RiskAssessment:HighFrom"] = "12" } };

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("RiskAssessment:HighFrom", e.ToString());
    }

    [Fact]
    public void AQuestionWithOneAnswer_StopsTheAppAtStart_WithTheKeyNamed()
    {
        using var app = new CaseReviewApp
        {
            Settings =
            {
                ["RiskAssessment:Version"] = "redditch-2027",
                ["RiskAssessment:Questions:0:Id"] = "fear",
                ["RiskAssessment:Questions:0:Text"] = "Do they feel safe at home?",
                ["RiskAssessment:Questions:0:Options:0:Id"] = "no",
                ["RiskAssessment:Questions:0:Options:0:Text"] = "No",
                ["RiskAssessment:Questions:0:Options:0:Score"] = "5",
            },
        };

        var e = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("RiskAssessment:Questions:0:Options", e.ToString());
    }

    [Fact]
    public async Task TheCouncilsOwnQuestionnaire_IsTheOneAnswered()
    {
        using var app = new CaseReviewApp
        {
            Settings =
            {
                ["RiskAssessment:Version"] = "redditch-2027",
                ["RiskAssessment:MediumFrom"] = "2",
                ["RiskAssessment:HighFrom"] = "4",
                ["RiskAssessment:Questions:0:Id"] = "fear",
                ["RiskAssessment:Questions:0:Text"] = "Do they feel safe at home?",
                ["RiskAssessment:Questions:0:Options:0:Id"] = "yes",
                ["RiskAssessment:Questions:0:Options:0:Text"] = "Yes",
                ["RiskAssessment:Questions:0:Options:0:Score"] = "0",
                ["RiskAssessment:Questions:0:Options:1:Id"] = "no",
                ["RiskAssessment:Questions:0:Options:1:Text"] = "No",
                ["RiskAssessment:Questions:0:Options:1:Score"] = "4",
            },
        };
        var reference = (await app.CreateClient().Submit())["reference"].Str();
        var officer = await app.AsNewStaff("CaseOfficer");

        var assessed = await (await officer.PostAsJsonAsync($"/api/cases/{reference}/risk-assessments", new { answers = new { fear = "no" } }, Api.Json)).ReadJson(HttpStatusCode.Created);

        Assert.Equal("High", assessed["level"].Str());
        Assert.Equal("redditch-2027", assessed["questionnaireVersion"].Str());
    }
}
