using System.ComponentModel.DataAnnotations;

namespace CaseReview.Infrastructure.Email;

/// <summary>How the outbox is worked through (settings under <c>Email:Dispatcher</c>).</summary>
public sealed record DispatcherSettings : IValidatableObject
{
    public bool Enabled { get; init; } = true;

    [Range(1, 86400)]
    public int IntervalSeconds { get; init; } = 15;

    [Range(1, 1000)]
    public int BatchSize { get; init; } = 20;

    /// <summary>Attempts before an email is marked failed and shown to administrators.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further failure, up to <see cref="MaxRetrySeconds"/>.</summary>
    [Range(1, 86400)]
    public int FirstRetrySeconds { get; init; } = 30;

    [Range(1, 7 * 86400)]
    public int MaxRetrySeconds { get; init; } = 3600;

    public TimeSpan Interval => TimeSpan.FromSeconds(IntervalSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRetrySeconds < FirstRetrySeconds)
        {
            yield return new ValidationResult($"must be at least FirstRetrySeconds ({FirstRetrySeconds}): the wait grows after each failure", [nameof(MaxRetrySeconds)]);
        }
    }

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetrySeconds, FirstRetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));
}
