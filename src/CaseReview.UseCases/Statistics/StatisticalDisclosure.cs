using System.Globalization;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// Small numbers hidden so nobody can be picked out (<see cref="StatisticsSettings.SuppressBelow"/>): a count from 1 to
/// the threshold less one shows as "fewer than N", and no such count can be worked out from what is shown. Used for the
/// published figures and for the satisfaction survey's results, which staff see suppressed too (its answers are anonymous).
/// </summary>
public sealed class StatisticalDisclosure(StatisticsSettings settings)
{
    /// <summary>
    /// Rows in the order of their names (an order by count would rank the suppressed ones). Where the rows add up to
    /// the published total, one suppressed row alone would be the total less the others, and suppressed rows adding up
    /// to less than the threshold give each other away: so the smallest shown rows are withheld too (secondary
    /// suppression) until at least two are hidden and together they make at least the threshold.
    /// </summary>
    public List<PublishedCount> Publish(IReadOnlyList<CountRow> rows, int total) =>
        [.. Suppress(rows, total).OrderBy(r => r.Key, StringComparer.Ordinal)];

    /// <summary>As <see cref="Publish(IReadOnlyList{CountRow}, int)"/>, keeping the rows' own fixed order (the answers of a question).</summary>
    public List<PublishedCount> PublishInOrder(IReadOnlyList<CountRow> rows, int total)
    {
        var published = Suppress(rows, total).ToDictionary(r => r.Key, StringComparer.Ordinal);
        return [.. rows.Select(r => published[r.Key])];
    }

    /// <summary>A count of "yes" answers; the "no"s are the total less it, so it is hidden when either side is small.</summary>
    public PublishedCount PublishYesNo(string key, int count, int total) =>
        IsSmall(count) ? Hidden(key) : IsSmall(total - count) ? Withheld(key) : Shown(key, count);

    // On time and late add up to no published total; a median of fewer cases than the threshold would tell how long
    // each of them took, so it goes with them.
    public PublishedTimeliness Publish(StageTimeliness t) => new(
        t.Stage,
        IsSmall(t.OnTime) ? Hidden("On time") : Shown("On time", t.OnTime),
        IsSmall(t.Late) ? Hidden("Late") : Shown("Late", t.Late),
        IsSmall(t.OnTime + t.Late) || IsSmall(t.OnTime) || IsSmall(t.Late) ? null : t.MedianWorkingDays);

    public bool IsSmall(int count) => count > 0 && count < settings.SuppressBelow;

    public int SuppressBelow => settings.SuppressBelow;

    private List<PublishedCount> Suppress(IReadOnlyList<CountRow> rows, int total)
    {
        var small = rows.Where(r => IsSmall(r.Count)).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var hidden = small.ToHashSet(StringComparer.Ordinal);
        if (hidden.Count > 0 && rows.Sum(r => r.Count) == total)
        {
            foreach (var row in rows.Where(r => r.Count > 0 && !hidden.Contains(r.Key)).OrderBy(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                if (hidden.Count >= 2 && rows.Where(r => hidden.Contains(r.Key)).Sum(r => r.Count) >= settings.SuppressBelow)
                {
                    break;
                }

                hidden.Add(row.Key);
            }
        }

        return [.. rows.Select(r => small.Contains(r.Key) ? Hidden(r.Key) : hidden.Contains(r.Key) ? Withheld(r.Key) : Shown(r.Key, r.Count))];
    }

    private PublishedCount Hidden(string key) => new(key, null, $"fewer than {settings.SuppressBelow}");

    /// <summary>Not small itself, but shown it would let a small one be worked out.</summary>
    private static PublishedCount Withheld(string key) => new(key, null, "not shown");

    private static PublishedCount Shown(string key, int count) => new(key, count, count.ToString(CultureInfo.InvariantCulture));
}
