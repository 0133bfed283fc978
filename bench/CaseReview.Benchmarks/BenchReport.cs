namespace CaseReview.Benchmarks;

/// <summary>What one run measured, written to bench/results as JSON.</summary>
public sealed record BenchReport(int Cores, DateTime RanAtUtc)
{
    public Dictionary<int, IReadOnlyList<ReadResult>> Reads { get; } = [];

    public List<PhaseResult> Submissions { get; } = [];
}
