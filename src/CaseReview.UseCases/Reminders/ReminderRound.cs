using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.UseCases.Reminders;

/// <summary>
/// One pass of the reminder scheduler: finds the reminders due now and queues them a batch at a time, each batch in a
/// transaction of its own; a batch that meets one another scheduler queued meanwhile is queued again one reminder at a
/// time, so that one is skipped without undoing the rest. One transaction per reminder took about 1 ms each (23 s
/// for the 22,740 due on a generated database of 1,000,000 cases; see bench/README.md).
/// </summary>
public sealed class ReminderRound(IServiceScopeFactory scopes, CaseReviewTelemetry telemetry)
{
    /// <summary>Reminders queued in one transaction: large enough to share its cost, small enough to hold the writer briefly.</summary>
    public const int BatchSize = 100;

    /// <summary>Runs one round and counts it (<c>casereview.reminder.runs</c>, by outcome) with the reminders it queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken) => (await RunTimedAsync(cancellationToken)).Queued;

    /// <summary>As <see cref="RunAsync"/>, answering also how many were due and how long finding them and the whole round took.</summary>
    public async Task<ReminderRoundResult> RunTimedAsync(CancellationToken cancellationToken)
    {
        ReminderRoundResult result;
        try
        {
            result = await QueueDueAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            telemetry.ReminderRun(succeeded: false, queued: 0);
            throw;
        }

        telemetry.ReminderRun(succeeded: true, result.Queued);
        return result;
    }

    private async Task<ReminderRoundResult> QueueDueAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        IReadOnlyList<DueReminder> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new FindDueRemindersQuery(), cancellationToken);
        }

        var finding = System.Diagnostics.Stopwatch.GetElapsedTime(started);

        var queued = 0;
        foreach (var batch in due.Chunk(BatchSize))
        {
            try
            {
                queued += await QueueAsync(batch, cancellationToken);
            }
            catch (Common.ConflictException)
            {
                // Another scheduler stored one of these meanwhile: nothing of the batch was written; each on its own.
                foreach (var reminder in batch)
                {
                    try
                    {
                        queued += await QueueAsync([reminder], cancellationToken);
                    }
                    catch (Common.ConflictException)
                    {
                        // Stored by the other scheduler between our check and our insert, twice over: the unique key held.
                        if (!await AlreadyQueued(reminder, cancellationToken))
                        {
                            throw;
                        }
                    }
                }
            }
        }

        return new ReminderRoundResult(due.Count, queued, finding, System.Diagnostics.Stopwatch.GetElapsedTime(started));
    }

    private async Task<int> QueueAsync(IReadOnlyList<DueReminder> reminders, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new QueueRemindersCommand(reminders), cancellationToken);
    }

    private async Task<bool> AlreadyQueued(DueReminder r, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ICaseReviewDb>();
        return await db.SentReminders.AnyAsync(r.IsStored(), cancellationToken);
    }
}
