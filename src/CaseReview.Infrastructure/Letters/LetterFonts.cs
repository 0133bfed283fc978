using PdfSharp.Fonts;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// The letters' one typeface, Lato, from inside this assembly: a server (or container) needs no fonts installed.
/// PDFsharp keeps one resolver for the whole process, so it is set once, before the first letter is drawn.
/// </summary>
internal sealed class LetterFonts : IFontResolver
{
    public const string Family = "Lato";

    private static readonly Lock Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not LetterFonts)
            {
                GlobalFontSettings.FontResolver = new LetterFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "Lato-Bold" : "Lato-Regular");

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(LetterFonts).Assembly.GetManifestResourceStream($"CaseReview.Letters.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The letter font {faceName} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
