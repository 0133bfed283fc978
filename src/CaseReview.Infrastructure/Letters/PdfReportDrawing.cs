using PdfSharp.Drawing;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// What the reports drawn on <see cref="PdfTextPage"/> share (the panel pack and the subject access bundle): their
/// fonts, the cursor down the page, and how a heading, a labelled field, a block of free text and an item are set.
/// </summary>
internal abstract class PdfReportDrawing(PdfTextPage textPage)
{
    protected const double Left = PdfTextPage.Left;

    protected readonly PdfTextPage page = textPage;
    protected readonly XFont _body = new(LetterFonts.Family, 10);
    protected readonly XFont _bold = new(LetterFonts.Family, 10, XFontStyleEx.Bold);
    protected readonly XFont _heading = new(LetterFonts.Family, 13, XFontStyleEx.Bold);
    protected readonly XFont _title = new(LetterFonts.Family, 16, XFontStyleEx.Bold);
    protected double _y = 20;

    protected static string? Join(params string?[] parts) =>
        string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } joined ? joined : null;

    protected void Heading(string text)
    {
        _y = page.KeepTogether(_y + 4, 20);
        page.Wrapped(text, _heading, Left, ref _y);
        _y += 1;
    }

    protected void SubHeading(string text)
    {
        _y = page.KeepTogether(_y + 2, 15);
        page.Wrapped(text, _bold, Left, ref _y);
    }

    protected void Field(string label, string? value) =>
        page.Wrapped($"{label}: {(string.IsNullOrWhiteSpace(value) ? "Not given" : value)}", _body, Left, ref _y);

    protected void Block(string label, string text)
    {
        page.Wrapped($"{label}:", _bold, Left, ref _y);
        page.Paragraphs(text, _body, Left + 4, ref _y);
        _y += 1;
    }

    protected void Item(string heading, string text)
    {
        _y = page.KeepTogether(_y + 1, 10);
        page.Wrapped(heading, _bold, Left, ref _y);
        page.Paragraphs(text, _body, Left + 4, ref _y);
    }

    protected void Line(string text) => page.Wrapped(text, _body, Left, ref _y);
}
