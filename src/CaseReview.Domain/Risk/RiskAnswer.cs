namespace CaseReview.Domain.Risk;

/// <summary>
/// One answer as it was given, with the words of its question and option at the time: a later change to the
/// questionnaire does not change what an earlier assessment says.
/// </summary>
public sealed record RiskAnswer(string QuestionId, string Question, string OptionId, string Option, int Score, bool Critical);
