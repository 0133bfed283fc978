namespace CaseReview.Web.Pages.Apply;

/// <summary>One row of the check answers page; a missing answer shows as "Not answered".</summary>
public sealed record AnswerRow(string Question, string? Answer, string ChangeUrl);
