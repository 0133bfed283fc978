namespace CaseReview.Domain.Survey;

/// <summary>How often, in plain words: the scale of "were you kept informed" and "did you feel listened to".</summary>
public enum SurveyScale
{
    Always,
    Mostly,
    Sometimes,
    Never,
}
