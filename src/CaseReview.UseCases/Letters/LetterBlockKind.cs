namespace CaseReview.UseCases.Letters;

/// <summary>What a block of a letter's body is: a heading, a paragraph or a bulleted list.</summary>
public enum LetterBlockKind
{
    Heading,
    Paragraph,
    Bullets,
}
