using System.Text.RegularExpressions;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// How easy words are to read. GOV.UK writes for a reading age of about 9: the Flesch-Kincaid grade plus 5 is the
/// reading age, with syllables counted by the usual English heuristic. Used for letters, emails and resident pages.
/// </summary>
public static partial class Readability
{
    /// <summary>The reading age of a page's main text: its paragraphs, list items, labels, hints and headings.</summary>
    public static double PageReadingAge(AngleSharp.Dom.IDocument page) => ReadingAge(
        page.QuerySelectorAll("main h1, main h2, main p, main li, main label, main legend, main .govuk-hint, main .govuk-panel__body")
            .Where(e => e.Closest(".app-honeypot") is null)
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));

    /// <summary>
    /// Flesch-Kincaid grade plus 5: the reading age of these lines (links left out). Every date in full is scored as
    /// one fixed date, so a page's score does not depend on the day the test runs: before, the confirmation page passed
    /// when its next date fell on a Monday and failed when it fell on a Wednesday (one more syllable).
    /// </summary>
    public static double ReadingAge(IEnumerable<string> lines)
    {
        var sentences = lines
            .Select(l => Link().Replace(l, string.Empty))
            .Select(l => LongDate().Replace(l, TypicalDate))
            .SelectMany(l => SentenceEnd().Split(l))
            .Where(s => Word().IsMatch(s))
            .ToList();
        var words = sentences.SelectMany(s => Word().Matches(s).Select(m => m.Value)).ToList();
        var syllables = words.Sum(Syllables);
        var grade = (0.39 * words.Count / sentences.Count) + (11.8 * syllables / words.Count) - 15.59;
        return grade + 5;
    }

    // The usual English heuristic: groups of vowels, less a silent ending.
    private static int Syllables(string word)
    {
        var w = NotALetter().Replace(word.ToLowerInvariant(), string.Empty);
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, string.Empty);
        w = w.TrimStart('y');
        return Math.Max(1, VowelGroup().Matches(w).Count);
    }

    private const string TypicalDate = "Monday 16 November 2026";

    [GeneratedRegex(@"((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"[.!?:](\s+|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex("[^a-z]")]
    private static partial Regex NotALetter();

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
