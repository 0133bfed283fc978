namespace CaseReview.UseCases.Letters;

/// <summary>
/// One letter to an applicant, made from the case when it is asked for (never stored): who it is from, who it goes to
/// (the address lines for a window envelope), its date, reference and wording.
/// </summary>
public sealed record Letter(
    string Reference,
    LetterNotice Notice,
    string CouncilName,
    IReadOnlyList<string> CouncilAddress,
    string? CouncilPhone,
    string? CouncilEmail,
    string RecipientName,
    IReadOnlyList<string> RecipientAddress,
    DateOnly Date,
    LetterText Text)
{
    /// <summary>The notice's name in addresses: <c>threshold-decision</c>.</summary>
    public string Slug => LetterNotices.Slug(Notice);

    /// <summary>The file name a download is given.</summary>
    public string FileName => $"{Reference}-{Slug}.pdf";
}
