namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The published figures are counted at most once per <see cref="StatisticsSettings.PublishedCacheSeconds"/> in each
/// app instance and served from memory in between: they are published figures, not live counters, and the public
/// page is anonymous, so its cost must not follow its callers. One caller counts while the others are given the last
/// figures (or, before the first count, wait for it).
/// </summary>
public sealed class PublishedFiguresCache(TimeProvider clock, StatisticsSettings settings)
{
    private readonly SemaphoreSlim _counting = new(1, 1);
    // Replaced whole (one reference), so a caller reading it outside the lock never sees half of a count.
    private volatile Counted? _last;

    public async Task<IReadOnlyList<PublishedYear>> GetAsync(Func<CancellationToken, Task<IReadOnlyList<PublishedYear>>> count, CancellationToken cancellationToken)
    {
        if (Fresh() is { } years)
        {
            return years;
        }

        // Past their time, one caller counts again and the others are given the last figures at once rather than wait
        // for it (4.4 s at 1,000,000 cases); only the first count, with nothing to give yet, is waited for. With no
        // cache time, every caller counts (one at a time).
        if (_last is { } stale && settings.PublishedCacheSeconds > 0)
        {
            if (!await _counting.WaitAsync(0, cancellationToken))
            {
                return stale.Years;
            }
        }
        else
        {
            await _counting.WaitAsync(cancellationToken);
        }

        try
        {
            if (Fresh() is { } countedMeanwhile)
            {
                return countedMeanwhile;
            }

            var counted = await count(cancellationToken);
            _last = new Counted(clock.GetUtcNow(), counted);
            return counted;
        }
        finally
        {
            _counting.Release();
        }
    }

    private IReadOnlyList<PublishedYear>? Fresh() =>
        _last is { } last && clock.GetUtcNow() - last.CountedAt < TimeSpan.FromSeconds(settings.PublishedCacheSeconds) ? last.Years : null;

    private sealed record Counted(DateTimeOffset CountedAt, IReadOnlyList<PublishedYear> Years);
}
