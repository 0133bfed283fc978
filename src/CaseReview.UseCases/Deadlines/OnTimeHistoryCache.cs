namespace CaseReview.UseCases.Deadlines;

/// <summary>
/// The dashboard's on-time rates cover the last 12 months. Stages done before today never change (a stage is done
/// once, at the moment it is done), so each app instance counts the days before today once a day and keeps them;
/// only today's completions are counted on each view. One caller counts while the others wait for it. A case erased
/// today still counts in the kept days until tomorrow's count.
/// </summary>
public sealed class OnTimeHistoryCache
{
    private readonly SemaphoreSlim _counting = new(1, 1);
    private (DateOnly From, DateOnly Before, IReadOnlyList<StageCompletionCount> Counts)? _kept;

    public async Task<IReadOnlyList<StageCompletionCount>> GetAsync(
        DateOnly from, DateOnly before, Func<CancellationToken, Task<IReadOnlyList<StageCompletionCount>>> count, CancellationToken cancellationToken)
    {
        if (Kept(from, before) is { } counts)
        {
            return counts;
        }

        await _counting.WaitAsync(cancellationToken);
        try
        {
            if (Kept(from, before) is { } countedMeanwhile)
            {
                return countedMeanwhile;
            }

            var counted = await count(cancellationToken);
            _kept = (from, before, counted);
            return counted;
        }
        finally
        {
            _counting.Release();
        }
    }

    private IReadOnlyList<StageCompletionCount>? Kept(DateOnly from, DateOnly before) =>
        _kept is { } kept && kept.From == from && kept.Before == before ? kept.Counts : null;
}
