using System.ComponentModel.DataAnnotations;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// How long personal data is kept (settings under <c>Retention</c>), checked at start-up. The defaults follow local
/// practice (domain.md: 3 to 6 years after closure); a council changes them to match its own retention schedule. The
/// privacy notice and the administrators' retention page quote these same values.
/// </summary>
public sealed record RetentionSettings
{
    /// <summary>Whether the background job applies the schedule (the administrators' run works either way).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>How often the job runs, in minutes.</summary>
    [Range(1, 7 * 24 * 60)]
    public int IntervalMinutes { get; init; } = 60;

    /// <summary>A closed or withdrawn case is anonymised this many years after it ended.</summary>
    [Range(1, 100)]
    public int ClosedCaseYears { get; init; } = 6;

    /// <summary>A case closed after its threshold was not met is anonymised this many years after it ended.</summary>
    [Range(1, 100)]
    public int ThresholdNotMetYears { get; init; } = 3;

    /// <summary>The text of a sent email is removed this many days after it was sent (the row, recipient and dates stay).</summary>
    [Range(1, 3650)]
    public int SentEmailBodyDays { get; init; } = 90;

    /// <summary>An <c>Idempotency-Key</c> is remembered this many days (a retry after that makes a new application).</summary>
    [Range(1, 365)]
    public int IdempotencyRecordDays { get; init; } = 7;

    /// <summary>The IP address of an audit entry is forgotten this many months after the entry (the entry itself stays).</summary>
    [Range(1, 1200)]
    public int AuditIpAddressMonths { get; init; } = 12;

    /// <summary>
    /// The "anything else" words of a satisfaction survey answer are removed this many years after the end of the
    /// financial year the case closed in (the counts stay).
    /// </summary>
    [Range(1, 100)]
    public int SurveyCommentYears { get; init; } = 2;

    /// <summary>At most this many cases are anonymised in one run; the rest wait for the next.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; init; } = 200;

    public TimeSpan Interval => TimeSpan.FromMinutes(IntervalMinutes);
}
