namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The published figures are counted at most once per <see cref="StatisticsSettings.PublishedCacheSeconds"/> in each
/// app instance and served from memory in between: they are published figures, not live counters, and the public
/// page is anonymous, so its cost must not follow its callers. One caller counts while the others wait for it.
/// </summary>
public sealed class PublishedFiguresCache(TimeProvider clock, StatisticsSettings settings)
{
    private readonly SemaphoreSlim _counting = new(1, 1);
    private (DateTimeOffset CountedAt, IReadOnlyList<PublishedYear> Years)? _last;

    public async Task<IReadOnlyList<PublishedYear>> GetAsync(Func<CancellationToken, Task<IReadOnlyList<PublishedYear>>> count, CancellationToken cancellationToken)
    {
        if (Fresh() is { } years)
        {
            return years;
        }

        await _counting.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } countedMeanwhile)
            {
                return countedMeanwhile;
            }

            var counted = await count(cancellationToken);
            _last = (clock.GetUtcNow(), counted);
            return counted;
        }
        finally
        {
            _counting.Release();
        }
    }

    private IReadOnlyList<PublishedYear>? Fresh() =>
        _last is { } last && clock.GetUtcNow() - last.CountedAt < TimeSpan.FromSeconds(settings.PublishedCacheSeconds) ? last.Years : null;
}
