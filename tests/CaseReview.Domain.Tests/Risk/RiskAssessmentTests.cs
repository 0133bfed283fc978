using CaseReview.Domain.Applications;
using CaseReview.Domain.Risk;
using CaseReview.Domain.Workflow;

namespace CaseReview.Domain.Tests.Risk;

public sealed class RiskAssessmentTests
{
    private static readonly RiskQuestionnaire Default = DefaultRiskQuestionnaire.Build();
    private static readonly Actor Officer = new("officer-1", "officer@council.example");
    private static readonly DateTime Now = new(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>The first (lowest) answer to every question, then the given ones.</summary>
    private static Dictionary<string, string?> Answers(params (string Question, string Option)[] given)
    {
        var answers = Default.Questions.ToDictionary(q => q.Id, q => (string?)q.Options.OrderBy(o => o.Score).First().Id);
        foreach (var (question, option) in given)
        {
            answers[question] = option;
        }

        return answers;
    }

    [Fact]
    public void TheBuiltInQuestionnaire_HasNoProblems_AndAsksAboutWhatVictimRiskMatricesAsk()
    {
        Assert.Empty(Default.Problems());
        Assert.InRange(Default.Questions.Count, 10, 16);
        foreach (var id in new[] { "repeat-targeting", "hate", "health", "isolation", "daily-life", "fear-at-home", "children", "self-harm" })
        {
            Assert.NotNull(Default.Question(id));
        }

        Assert.True(Default.MaxScore >= Default.HighFrom);
    }

    [Fact]
    public void RiskIsLow_WhenNothingIsWrong()
    {
        var assessment = RiskAssessment.Record(Guid.NewGuid(), Default, Answers(), null, null, Officer, Now);

        Assert.Equal(0, assessment.Score);
        Assert.Equal(RiskLevel.Low, assessment.Level);
        Assert.False(assessment.Raised);
        Assert.Equal(Default.Questions.Count, assessment.Answers().Count);
        Assert.Equal(DefaultRiskQuestionnaire.Version, assessment.QuestionnaireVersion);
    }

    [Fact]
    public void RiskIsMedium_FromTheMediumTotal_AndHigh_FromTheHighTotal()
    {
        // 3 + 3 + 3 + 1 = 10: medium.
        var medium = RiskAssessment.Record(Guid.NewGuid(), Default, Answers(("repeat-targeting", "often"), ("hate", "yes"), ("fear-at-home", "no"), ("daily-life", "some")), null, null, Officer, Now);
        Assert.Equal(10, medium.Score);
        Assert.Equal(RiskLevel.Medium, medium.Level);

        // 10 + 3 + 3 + 2 + 2 = 20: high.
        var high = RiskAssessment.Record(Guid.NewGuid(), Default, Answers(("repeat-targeting", "often"), ("hate", "yes"), ("fear-at-home", "no"), ("daily-life", "some"),
            ("isolation", "none"), ("mental-wellbeing", "a-lot"), ("children", "yes"), ("moving", "yes")), null, null, Officer, Now);
        Assert.Equal(20, high.Score);
        Assert.Equal(RiskLevel.High, high.Level);
    }

    [Theory]
    [InlineData("self-harm", "yes")]
    [InlineData("threats", "threat-to-life")]
    public void ACriticalAnswer_MakesTheRiskHigh_WhateverTheTotal(string question, string option)
    {
        var assessment = RiskAssessment.Record(Guid.NewGuid(), Default, Answers((question, option)), null, null, Officer, Now);

        Assert.True(assessment.Score < Default.MediumFrom);
        Assert.Equal(RiskLevel.High, assessment.ComputedLevel);
        Assert.Equal(RiskLevel.High, assessment.Level);
        Assert.Contains(assessment.Answers(), a => a.QuestionId == question && a.Critical);
    }

    [Fact]
    public void TheOfficer_MayRaiseTheLevel_WithAReason()
    {
        var assessment = RiskAssessment.Record(Guid.NewGuid(), Default, Answers(), RiskLevel.High, "  She told me she is frightened to go out.  ", Officer, Now);

        Assert.Equal(RiskLevel.Low, assessment.ComputedLevel);
        Assert.Equal(RiskLevel.High, assessment.Level);
        Assert.True(assessment.Raised);
        Assert.Equal("She told me she is frightened to go out.", assessment.RaiseReason);
    }

    [Fact]
    public void TheOfficer_CannotRaiseTheLevel_WithoutAReason()
    {
        var refused = Assert.Throws<CaseRuleException>(() => RiskAssessment.Record(Guid.NewGuid(), Default, Answers(), RiskLevel.Medium, " ", Officer, Now));

        Assert.Equal("raiseReason", refused.Field);
    }

    [Fact]
    public void TheOfficer_CannotLowerTheLevel_OrRaiseItToTheSame()
    {
        var critical = Answers(("self-harm", "yes"));
        var lower = Assert.Throws<CaseRuleException>(() => RiskAssessment.Record(Guid.NewGuid(), Default, critical, RiskLevel.Medium, "Not as bad as it looks.", Officer, Now));
        var same = Assert.Throws<CaseRuleException>(() => RiskAssessment.Record(Guid.NewGuid(), Default, Answers(), RiskLevel.Low, "Same.", Officer, Now));

        Assert.Equal("raiseTo", lower.Field);
        Assert.Contains("already make the risk high", lower.Message);
        Assert.Equal("raiseTo", same.Field);
    }

    [Fact]
    public void UnansweredAndUnknownAnswers_AreFound()
    {
        var answers = Answers(("hate", "perhaps"));
        answers.Remove("children");
        answers["shoe-size"] = "nine";

        Assert.Equal(["children"], Default.Unanswered(answers).Select(q => q.Id));
        Assert.Equal(["hate", "shoe-size"], Default.Unknown(answers).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Anonymising_RemovesTheAnswersAndTheReason_AndKeepsTheLevel()
    {
        var assessment = RiskAssessment.Record(Guid.NewGuid(), Default, Answers(("health", "yes-worse")), RiskLevel.High, "Lives alone, no heating.", Officer, Now);

        assessment.Anonymise();

        Assert.Empty(assessment.Answers());
        Assert.Equal(CaseApplication.AnonymisedText, assessment.RaiseReason);
        Assert.Equal(RiskLevel.High, assessment.Level);
        Assert.Equal(3, assessment.Score);
    }

    [Fact]
    public void AQuestionnaireThatCannotWork_SaysWhatIsWrong_ByItsSetting()
    {
        var broken = new RiskQuestionnaire("", 10, 5,
        [
            new RiskQuestion("fear", "Do they feel safe?", null, [new RiskOption("no", "No", 3)]),
            new RiskQuestion("fear", "", null, [new RiskOption("a b", "Yes", -1), new RiskOption("a b", "No", 0)]),
        ]);

        var problems = broken.Problems();

        Assert.Contains(problems, p => p.StartsWith("Version:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Questions:0:Options:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Questions:1:Text:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Questions:1:Options:0:Id:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Questions:1:Options:0:Score:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'fear' is used twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("HighFrom:", StringComparison.Ordinal));
    }
}
