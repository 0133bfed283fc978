using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.UseCases.Reminders;

/// <summary>
/// One pass of the reminder scheduler: finds the reminders due now and queues each in a transaction of its own,
/// so one that another scheduler queued first is skipped without undoing the rest.
/// </summary>
public sealed class ReminderRound(IServiceScopeFactory scopes, CaseReviewTelemetry telemetry)
{
    /// <summary>Runs one round and counts it (<c>casereview.reminder.runs</c>, by outcome) with the reminders it queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        int queued;
        try
        {
            queued = await QueueDueAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            telemetry.ReminderRun(succeeded: false, queued: 0);
            throw;
        }

        telemetry.ReminderRun(succeeded: true, queued);
        return queued;
    }

    private async Task<int> QueueDueAsync(CancellationToken cancellationToken)
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
        var db = scope.ServiceProvider.GetRequiredService<ICaseReviewDb>();
        return await db.SentReminders.AnyAsync(r.IsStored(), cancellationToken);
    }
}
