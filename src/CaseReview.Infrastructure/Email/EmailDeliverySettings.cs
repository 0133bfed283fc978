using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace CaseReview.Infrastructure.Email;

/// <summary>The mail server (settings under <c>Email:Smtp</c>).</summary>
public sealed record SmtpSettings
{
    public string Host { get; init; } = "localhost";
    [Range(1, 65535)]
    public int Port { get; init; } = 1025;

    /// <summary>
    /// Unset: TLS is required outside Development (TLS on connect for port 465, otherwise STARTTLS, and a server
    /// that does not offer it gets nothing); in Development, STARTTLS whenever the server offers it. Set, as given.
    /// </summary>
    public SecureSocketOptions? Security { get; init; }
    public string Username { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    [Range(1, 600)]
    public int TimeoutSeconds { get; init; } = 30;
    public string FromAddress { get; init; } = "casereview@localhost";
    public string FromName { get; init; } = "ASB case review";

    /// <summary>The connection security to use: the setting, or the default for the environment (no silent downgrade outside Development).</summary>
    public SecureSocketOptions SecurityFor(bool development) =>
        Security ?? (development ? SecureSocketOptions.Auto : Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls);
}

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
