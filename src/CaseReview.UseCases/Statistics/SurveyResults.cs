namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The satisfaction survey's answers from applicants whose case closed in the year, counted per answer with small numbers
/// suppressed (answers are anonymous, so staff see them suppressed too). Each question's rows include "NotAnswered" and
/// add up to <c>Responses</c>. <c>Comments</c> ("anything else") are listed in alphabetical order, never in the order
/// given, and only when at least <c>Statistics:SuppressBelow</c> people answered; otherwise <c>CommentsWithheld</c> says why.
/// </summary>
public sealed record SurveyResults(
    int Invited,
    int Responses,
    IReadOnlyList<PublishedCount> Improved,
    IReadOnlyList<PublishedCount> KeptInformed,
    IReadOnlyList<PublishedCount> ListenedTo,
    IReadOnlyList<string> Comments,
    string? CommentsWithheld)
{
    public const string NotAnswered = "NotAnswered";
}
