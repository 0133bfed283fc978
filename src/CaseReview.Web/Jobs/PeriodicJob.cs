using System.Diagnostics;
using CaseReview.UseCases.Common;

namespace CaseReview.Web.Jobs;

/// <summary>
/// The shape of every background job: off when its settings say so; otherwise one round when the app starts and
/// one every interval after. A failed round is logged (by exception type: rounds touch personal data) and the next
/// tick tries again. Each round is a span named "<see cref="Name"/> round" (a failed one marked as an error with
/// the exception's type). The settings behind <see cref="Enabled"/> and <see cref="Interval"/> are checked at start-up.
/// </summary>
internal abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>The job, for traces: "reminders".</summary>
    protected abstract string Name { get; }

    /// <summary>What a round does, for the log: "Queuing reminders".</summary>
    protected abstract string Round { get; }

    protected abstract Task RunRoundAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            using var activity = CaseReviewTelemetry.ActivitySource.StartActivity($"{Name} round");
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
                Logger.LogError("{Round} failed: {ExceptionType}", Round, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
