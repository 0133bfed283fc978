using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.UseCases.Reminders;

/// <summary>
/// One pass of the reminder scheduler: finds the reminders due now and queues each in a transaction of its own,
/// so one that another scheduler queued first is skipped without undoing the rest.
/// </summary>
public sealed class ReminderRound(IServiceScopeFactory scopes)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<DueReminder> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FindDueRemindersQuery(), cancellationToken);
        }

        var queued = 0;
        foreach (var reminder in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                queued += await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new QueueReminderCommand(reminder), cancellationToken) ? 1 : 0;
            }
            catch (Common.ConflictException)
            {
                // Another scheduler stored the same reminder between our check and our insert, twice over: the unique key held.
                if (!await AlreadyQueued(reminder, cancellationToken))
                {
                    throw;
                }
            }
        }

        return queued;
    }

    private async Task<bool> AlreadyQueued(DueReminder r, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Common.ICaseReviewDb>();
        return await db.SentReminders.AnyAsync(r.IsStored(), cancellationToken);
    }
}
