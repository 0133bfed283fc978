namespace CaseReview.Domain.Applications;

/// <summary>
/// A detail of a case an officer may correct: its key (as the API names it), its words for the staff pages, its longest
/// length, whether it may be left empty, and what form its value takes (checked by the command's validator).
/// </summary>
public sealed record CorrectableDetail(string Field, string Label, int MaxLength, bool Required, DetailFormat Format = DetailFormat.Text);
