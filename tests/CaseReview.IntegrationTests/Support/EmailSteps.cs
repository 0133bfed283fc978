using System.Net.Http.Json;
using CaseReview.Infrastructure.Email;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Runs the app's own email dispatcher and reminder scheduler, as their background jobs would.</summary>
public static class EmailSteps
{
    public static CaseReviewApp WithSmtp(SmtpSink sink, params (string Key, string Value)[] settings)
    {
        var app = new CaseReviewApp { Settings = { ["Email:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }

        return app;
    }

    /// <summary>Gives the Police (a seeded agency, id 2) a contact mailbox through the administrators' API.</summary>
    public static async Task SetPoliceMailboxAsync(this CaseReviewApp app, string mailbox)
    {
        var admin = await app.AsAdmin();
        var changed = await admin.PutAsJsonAsync("/api/admin/agencies/2", new { name = "Police", kind = "Police", contactEmail = mailbox, active = true }, Api.Json);
        await changed.ReadJson(System.Net.HttpStatusCode.OK);
    }

    public static async Task<DispatchResult> DispatchAsync(this CaseReviewApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>Dispatches until nothing is left that is due now; each call sends what it claimed, so concurrent callers finish the queue.</summary>
    public static async Task DispatchAllAsync(this CaseReviewApp app)
    {
        while ((await app.DispatchAsync()).Claimed > 0)
        {
        }
    }

    public static Task<int> RunRemindersAsync(this CaseReviewApp app) =>
        app.Services.GetRequiredService<ReminderRound>().RunAsync(CancellationToken.None);

    public static Task<List<OutboxEmail>> OutboxAsync(this CaseReviewApp app) =>
        app.QueryDatabaseAsync(db => db.OutboxEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    public static Task<List<SentReminder>> RemindersAsync(this CaseReviewApp app) =>
        app.QueryDatabaseAsync(db => db.SentReminders.AsNoTracking().OrderBy(r => r.Id).ToListAsync());

    public static void SetClockUtc(this CaseReviewApp app, int year, int month, int day, int hour = 9) =>
        app.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero));
}
