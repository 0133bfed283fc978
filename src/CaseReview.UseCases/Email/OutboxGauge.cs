using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseReview.UseCases.Email;

/// <summary>
/// How many emails wait in the outbox and how many failed, for the metrics: two COUNTs on the (Status, NextAttemptAt)
/// index, kept for <see cref="KeptFor"/> so that however often an exporter asks, the database is asked at most that
/// often. Never throws: when the database cannot answer, there is no count (and a warning in the log).
/// </summary>
public sealed class OutboxGauge(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxGauge> logger)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private OutboxCounts? _counts;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public OutboxCounts? Read()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _readAt < KeptFor)
            {
                return _counts;
            }

            _readAt = now;
            try
            {
                using var scope = scopes.CreateScope();
                var emails = scope.ServiceProvider.GetRequiredService<Common.ICaseReviewDb>().OutboxEmails.AsNoTracking();
                var waiting = emails.Count(e => e.Status == OutboxStatus.Pending || e.Status == OutboxStatus.Sending);
                var failed = emails.Count(e => e.Status == OutboxStatus.Failed);
                _counts = new OutboxCounts(waiting, failed);
            }
            catch (Exception ex)
            {
                logger.LogWarning("Cannot count the outbox for the metrics: {ExceptionType}", ex.GetType().Name);
                _counts = null;
            }

            return _counts;
        }
    }
}
