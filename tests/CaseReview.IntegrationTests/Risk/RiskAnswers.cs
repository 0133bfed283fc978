using CaseReview.Domain.Risk;

namespace CaseReview.IntegrationTests.Risk;

/// <summary>Answers to the built-in questionnaire for the tests: the lowest answer to each question, then the given ones.</summary>
internal static class RiskAnswers
{
    public static Dictionary<string, string> Low(params (string Question, string Option)[] given)
    {
        var answers = DefaultRiskQuestionnaire.Build().Questions.ToDictionary(q => q.Id, q => q.Options.OrderBy(o => o.Score).First().Id);
        foreach (var (question, option) in given)
        {
            answers[question] = option;
        }

        return answers;
    }

    /// <summary>A total of 20 and more: high risk from the scores alone.</summary>
    public static Dictionary<string, string> High() => Low(("repeat-targeting", "often"), ("hate", "yes"), ("fear-at-home", "no"), ("daily-life", "some"),
        ("isolation", "none"), ("mental-wellbeing", "a-lot"), ("children", "yes"), ("moving", "yes"));
}
