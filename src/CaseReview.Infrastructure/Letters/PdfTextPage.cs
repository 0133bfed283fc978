using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// The A4 page being drawn on (millimetres from the top left), turning to a new one when the text reaches the bottom;
/// words wrap at the right margin. A footer, when given, is printed at the foot of every page. Used by letters and the reports (<see cref="PdfReportDrawing"/>).
/// </summary>
internal sealed class PdfTextPage(PdfDocument document, string? footer = null) : IDisposable
{
    public const double Left = 20;
    public const double Right = 190;
    private const double Bottom = 277;
    private const double LineGap = 1.45;

    private XGraphics _graphics = Start(document, footer);

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

    /// <summary>Free text as typed: each of its lines wrapped in turn, blank lines kept as a gap.</summary>
    public void Paragraphs(string text, XFont font, double x, ref double y)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                y += Height(font) / 2;
                continue;
            }

            Wrapped(line, font, x, ref y);
        }
    }

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

    /// <summary>Starts a new page unless <paramref name="needed"/> millimetres are left on this one (a heading kept with its first lines).</summary>
    public double KeepTogether(double y, double needed)
    {
        if (y + needed <= Bottom)
        {
            return y;
        }

        NewPage();
        return 20;
    }

    public void Dispose() => _graphics.Dispose();

    private double Room(double y, XFont font)
    {
        if (y + Height(font) <= Bottom)
        {
            return y;
        }

        NewPage();
        return 20;
    }

    private void NewPage()
    {
        _graphics.Dispose();
        _graphics = Start(document, footer);
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

    private static XGraphics Start(PdfDocument document, string? footer)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        var graphics = XGraphics.FromPdfPage(page);
        if (footer is not null)
        {
            var font = new XFont(LetterFonts.Family, 8);
            graphics.DrawString($"{footer} Page {document.PageCount}.", font, XBrushes.Black, Mm(Left), Mm(Bottom + 8), XStringFormats.TopLeft);
        }

        return graphics;
    }

    private static double Height(XFont font) => font.Size * LineGap * 25.4 / 72;

    private static double Mm(double millimetres) => millimetres * 72 / 25.4;
}
