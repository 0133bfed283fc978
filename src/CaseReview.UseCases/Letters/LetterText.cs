namespace CaseReview.UseCases.Letters;

/// <summary>A letter's wording once its template is filled in: the subject line and the body.</summary>
public sealed record LetterText(string Subject, IReadOnlyList<LetterBlock> Body);
