using CaseReview.UseCases.Email;
using CaseReview.UseCases.Letters;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// A letter as an A4 PDF with PDFsharp. The applicant's name and address sit where a DL window envelope shows them
/// (20 mm from the left, 50 mm from the top, 85 by 30 mm, the sheet folded in three); the council's name and address
/// at the top right; then the date, the reference, the subject and the body, on as many pages as it needs.
/// </summary>
internal sealed class PdfLetterRenderer : ILetterPdf
{
    private const double Left = PdfTextPage.Left;
    private const double Right = PdfTextPage.Right;

    public PdfLetterRenderer() => LetterFonts.EnsureRegistered();

    public byte[] Render(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var document = new PdfDocument();
        document.Info.Title = $"{letter.Text.Subject} ({letter.Reference})";
        document.Info.Author = letter.CouncilName;
        document.Info.Subject = letter.Reference;
        using (var page = new PdfTextPage(document))
        {
            Draw(page, letter);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(PdfTextPage page, Letter letter)
    {
        var small = new XFont(LetterFonts.Family, 9);
        var body = new XFont(LetterFonts.Family, 11);
        var bold = new XFont(LetterFonts.Family, 11, XFontStyleEx.Bold);
        var title = new XFont(LetterFonts.Family, 13, XFontStyleEx.Bold);
        var heading = new XFont(LetterFonts.Family, 12, XFontStyleEx.Bold);

        // The council, top right.
        var y = 15.0;
        page.Text(letter.CouncilName, bold, 120, ref y, Right);
        foreach (var line in letter.CouncilAddress.Concat(Contact(letter)))
        {
            page.Text(line, small, 120, ref y, Right);
        }

        // The window: the applicant's name and address only, nothing else shows through it.
        var window = 50.0;
        foreach (var line in new[] { letter.RecipientName }.Concat(letter.RecipientAddress).Take(7))
        {
            page.Text(line, body, Left, ref window, Left + 85);
        }

        var side = 50.0;
        page.Text(EmailWords.Date(letter.Date), body, 120, ref side, Right);
        page.Text($"Reference: {letter.Reference}", body, 120, ref side, Right);

        y = Math.Max(95, Math.Max(window, side) + 10);
        page.Wrapped(letter.Text.Subject, title, Left, ref y);
        y += 3;
        foreach (var block in letter.Text.Body)
        {
            switch (block.Kind)
            {
                case LetterBlockKind.Heading:
                    y += 2;
                    page.Wrapped(block.Text, heading, Left, ref y);
                    y += 1;
                    break;
                case LetterBlockKind.Bullets:
                    foreach (var item in block.Lines)
                    {
                        page.Bullet(item, body, ref y);
                    }

                    y += 3;
                    break;
                default:
                    page.Wrapped(block.Text, body, Left, ref y);
                    y += 3;
                    break;
            }
        }
    }

    private static IEnumerable<string> Contact(Letter letter)
    {
        if (letter.CouncilPhone is { } phone)
        {
            yield return $"Phone: {phone}";
        }

        if (letter.CouncilEmail is { } email)
        {
            yield return $"Email: {email}";
        }
    }
}
