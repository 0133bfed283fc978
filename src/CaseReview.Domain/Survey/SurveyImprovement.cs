namespace CaseReview.Domain.Survey;

/// <summary>The survey's first question: did the situation improve?</summary>
public enum SurveyImprovement
{
    Yes,
    Partly,
    No,
}
