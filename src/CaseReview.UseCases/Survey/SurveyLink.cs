namespace CaseReview.UseCases.Survey;

/// <summary>Where the applicant answers the survey (a short address they can type) and the last day they can.</summary>
public sealed record SurveyLink(string Url, string ClosesOn);
