namespace CaseReview.Benchmarks;

/// <summary>What one run measured, written to bench/results as JSON.</summary>
public sealed record BenchReport(int Cores, DateTime RanAtUtc)
{
    public Dictionary<int, IReadOnlyList<ReadResult>> Reads { get; } = [];

    /// <summary>The app's submission phases beside the yardstick's (null when <c>submit</c> did not run).</summary>
    public SubmitResult? Submissions { get; set; }

    /// <summary>The reminder sweep at each size.</summary>
    public List<SweepResult> Sweeps { get; } = [];

    /// <summary>The app's resident set after the reads at each size and under the busiest submission load.</summary>
    public List<MemoryResult> Memory { get; } = [];
}
