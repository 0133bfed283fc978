namespace CaseReview.UseCases.Letters;

/// <summary>One block of a letter's body: a heading or a paragraph (one line of text), or a list (one line per bullet).</summary>
public sealed record LetterBlock(LetterBlockKind Kind, IReadOnlyList<string> Lines)
{
    public string Text => string.Join(' ', Lines);
}
