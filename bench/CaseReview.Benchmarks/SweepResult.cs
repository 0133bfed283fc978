using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseReview.Benchmarks;

/// <summary>
/// The reminder sweep at one size: the first round of the app's reminder job on the generated database (run at start,
/// so every reminder due today is due), as its log gives it: reminders due and queued, the time to find them (one read
/// across every case) and the whole round (each queued in a transaction of its own).
/// </summary>
public sealed partial record SweepResult(int Cases, int Due, int Queued, double Seconds, double FindingMs)
{
    /// <summary>Issue 16: a sweep with 1,000 due in at most 1 s.</summary>
    public const double TargetSecondsPer1000 = 1.0;

    /// <summary>
    /// The round's time for 1,000 due at the rate measured, finding included (the generated data has more due as it
    /// has more cases: about 2 for every 100). With none due, the round's time.
    /// </summary>
    public double SecondsPer1000 => Due == 0 ? Seconds : Seconds * 1000 / Due;

    /// <summary>Issue 16: the sweep at the largest size no more than twice the sweep at the smallest, compared per reminder due.</summary>
    public const double TargetGrowth = 2.0;

    /// <summary>The growth of the round's time per reminder due from <paramref name="smallest"/> to <paramref name="largest"/>.</summary>
    public static string Growth(SweepResult smallest, SweepResult largest, out bool met)
    {
        ArgumentNullException.ThrowIfNull(smallest);
        ArgumentNullException.ThrowIfNull(largest);
        var ratio = largest.SecondsPer1000 / smallest.SecondsPer1000;
        met = ratio <= TargetGrowth;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"reminder sweep at {largest.Cases:N0} cases against {smallest.Cases:N0}: {largest.SecondsPer1000:F2} s against {smallest.SecondsPer1000:F2} s per 1,000 due = {ratio:F2}x (target <= {TargetGrowth:F0}x, {(met ? "met" : "MISSED")})");
    }

    public bool Met => SecondsPer1000 <= TargetSecondsPer1000;

    public static SweepResult Parse(int cases, string logLine)
    {
        var match = Logged().Match(logLine);
        if (!match.Success)
        {
            throw new FormatException($"Not a reminder round's log line: {logLine}");
        }

        return new SweepResult(
            cases,
            int.Parse(match.Groups["due"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["queued"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["finding"].Value, CultureInfo.InvariantCulture));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"reminder sweep         {Due} due, {Queued} queued in {Seconds:F2} s (found in {FindingMs:F0} ms): {SecondsPer1000:F2} s per 1,000 due   target <= {TargetSecondsPer1000:F0} s  {(Met ? "met" : "MISSED")}");

    [GeneratedRegex(@"Queued (?<queued>\d+) reminders of (?<due>\d+) due in (?<seconds>[\d.]+) s \(found in (?<finding>[\d.]+) ms\)")]
    private static partial Regex Logged();
}
