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
    private const double Left = 20;
    private const double Right = 190;
    private const double Bottom = 277;
    private const double LineGap = 1.45;

    public PdfLetterRenderer() => LetterFonts.EnsureRegistered();

    public byte[] Render(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        using var document = new PdfDocument();
        document.Info.Title = $"{letter.Text.Subject} ({letter.Reference})";
        document.Info.Author = letter.CouncilName;
        document.Info.Subject = letter.Reference;
        using (var page = new Page(document))
        {
            Draw(page, letter);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(Page page, Letter letter)
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

    /// <summary>The page being drawn on (millimetres from the top left), turning to a new one when the text reaches the bottom.</summary>
    private sealed class Page(PdfDocument document) : IDisposable
    {
        private XGraphics _graphics = Start(document);

        public void Text(string text, XFont font, double x, ref double y, double right)
        {
            var lines = Wrap(text, font, right - x);
            foreach (var line in lines)
            {
                y = Room(y, font);
                _graphics.DrawString(line, font, XBrushes.Black, Mm(x), Mm(y), XStringFormats.TopLeft);
                y += Height(font);
            }
        }

        public void Wrapped(string text, XFont font, double x, ref double y) => Text(text, font, x, ref y, Right);

        public void Bullet(string text, XFont font, ref double y)
        {
            var first = true;
            foreach (var line in Wrap(text, font, Right - Left - 6))
            {
                y = Room(y, font);
                if (first)
                {
                    _graphics.DrawString("\u2022", font, XBrushes.Black, Mm(Left + 1), Mm(y), XStringFormats.TopLeft);
                    first = false;
                }

                _graphics.DrawString(line, font, XBrushes.Black, Mm(Left + 6), Mm(y), XStringFormats.TopLeft);
                y += Height(font);
            }
        }

        public void Dispose() => _graphics.Dispose();

        private double Room(double y, XFont font)
        {
            if (y + Height(font) <= Bottom)
            {
                return y;
            }

            _graphics.Dispose();
            _graphics = Start(document);
            return 20;
        }

        private List<string> Wrap(string text, XFont font, double widthMm)
        {
            var lines = new List<string>();
            var line = string.Empty;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (line.Length > 0 && _graphics.MeasureString(candidate, font).Width > Mm(widthMm))
                {
                    lines.Add(line);
                    candidate = word;
                }

                // A word wider than the line (a long address or link) is cut where it must be.
                while (_graphics.MeasureString(candidate, font).Width > Mm(widthMm) && candidate.Length > 1)
                {
                    var fit = candidate.Length - 1;
                    while (fit > 1 && _graphics.MeasureString(candidate[..fit], font).Width > Mm(widthMm))
                    {
                        fit--;
                    }

                    lines.Add(candidate[..fit]);
                    candidate = candidate[fit..];
                }

                line = candidate;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }

            return lines;
        }

        private static XGraphics Start(PdfDocument document)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromMillimeter(210);
            page.Height = XUnit.FromMillimeter(297);
            return XGraphics.FromPdfPage(page);
        }

        private static double Height(XFont font) => font.Size * LineGap * 25.4 / 72;

        private static double Mm(double millimetres) => millimetres * 72 / 25.4;
    }
}
