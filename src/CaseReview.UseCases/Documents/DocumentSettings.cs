using System.ComponentModel.DataAnnotations;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// Documents attached to cases (settings under <c>Documents</c>), checked at start-up: how large one file and all of a
/// case's files may be, and the council's virus scanner (clamd), when it has one.
/// </summary>
public sealed record DocumentSettings : IValidatableObject
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>The largest file accepted, in bytes (default 10 MB: a phone's photo, a scanned letter).</summary>
    [Range(typeof(long), "1", "268435456")]
    public long MaxFileBytes { get; init; } = 10 * Megabyte;

    /// <summary>The most all of one case's documents may hold together, in bytes (default 100 MB).</summary>
    [Range(typeof(long), "1", "68719476736")]
    public long MaxCaseBytes { get; init; } = 100 * Megabyte;

    /// <summary>The host of the council's ClamAV daemon (clamd, TCP); empty: files are not scanned.</summary>
    public string ClamAvHost { get; init; } = string.Empty;

    /// <summary>clamd's TCP port (its <c>TCPSocket</c>; 3310 by default).</summary>
    [Range(1, 65535)]
    public int ClamAvPort { get; init; } = 3310;

    /// <summary>How long a scan may take, connecting included, before the upload is refused as "try again later".</summary>
    [Range(1, 600)]
    public int ClamAvTimeoutSeconds { get; init; } = 30;

    /// <summary>True when a scanner is configured: every upload is then scanned, and refused while it cannot be.</summary>
    public bool ScansFiles => !string.IsNullOrWhiteSpace(ClamAvHost);

    public TimeSpan ClamAvTimeout => TimeSpan.FromSeconds(ClamAvTimeoutSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxCaseBytes < MaxFileBytes)
        {
            yield return new ValidationResult($"must be at least MaxFileBytes ({MaxFileBytes}): one file of the largest size must fit in a case", [nameof(MaxCaseBytes)]);
        }
    }
}
