using CaseReview.Domain.Applications;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// Works out the search texts again for up to <c>BatchSize</c> cases written before the current rule
/// (<see cref="CaseSearch.Version"/>): after an upgrade, the cases held before it become searchable. Answers how many
/// were done; fewer than the batch means none are left. A case changed by someone meanwhile is skipped: that change
/// worked its texts out already.
/// </summary>
[Callers(Callers.BackgroundJobs)]
public sealed record RefreshSearchTextsCommand(int BatchSize) : ICommand<int>;

public sealed class RefreshSearchTextsHandler(ICaseReviewDb db) : ICommandHandler<RefreshSearchTextsCommand, int>
{
    public async ValueTask<int> Handle(RefreshSearchTextsCommand command, CancellationToken cancellationToken)
    {
        var stale = await db.Applications
            .Where(a => a.SearchTextVersion != CaseSearch.Version)
            .OrderBy(a => a.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var application in stale)
        {
            application.RefreshSearchText();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed one of these cases meanwhile: the next batch picks up any still stale.
        }

        return stale.Count;
    }
}
