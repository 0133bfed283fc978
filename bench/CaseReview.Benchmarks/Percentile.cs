namespace CaseReview.Benchmarks;

/// <summary>The nearest-rank percentile of timings already sorted ascending (0 for none).</summary>
internal static class Percentile
{
    public static double Of(IReadOnlyList<double> sorted, double quantile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}
