using System.Globalization;

namespace CaseReview.Benchmarks;

/// <summary>The app's resident set at one moment of a run (after the reads at a size, or at the end of the busiest submission phase), beside the target.</summary>
public sealed record MemoryResult(string When, double ResidentMegabytes)
{
    public const double TargetMegabytes = 250;

    public bool Met => ResidentMegabytes <= TargetMegabytes;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"resident memory {When}: {ResidentMegabytes:F0} MB (target <= {TargetMegabytes:F0} MB, {(Met ? "met" : "MISSED")})");
}
