using System.Globalization;
using System.Net;
using UglyToad.PdfPig;

namespace CaseReview.IntegrationTests.Letters;

/// <summary>Reads a letter's PDF back as words, as a person reading the printed page would.</summary>
public static class LetterPdf
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static async Task<string> TextAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected a PDF but got {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return Text(bytes);
    }

    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>A date as the letters write it: "Monday 16 November 2026".</summary>
    public static string Date(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dddd d MMMM yyyy", British);
}
