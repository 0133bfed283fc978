using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseReview.Domain.Calendar;
using CaseReview.Infrastructure.Calendar;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>The requests the multi-instance tests send, and what they read back from an instance's log.</summary>
public static partial class MultiInstanceRequests
{
    public static HttpRequestMessage Submission(string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(Api.Application(), options: Api.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    public static HttpRequestMessage Action(string token, string reference, string action, object body) =>
        WithToken(new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{reference}/{action}") { Content = JsonContent.Create(body, options: Api.Json) }, token);

    public static HttpRequestMessage Get(string token, string path) => WithToken(new HttpRequestMessage(HttpMethod.Get, path), token);

    public static JsonObject Json(this RequestOutcome outcome) => JsonNode.Parse(outcome.Body)!.AsObject();

    /// <summary>Whether today (in London, as the app reckons deadlines) is a working day: reminders are only found on one.</summary>
    public static bool TodayIsAWorkingDay() => BankHolidays.Load(null).IsWorkingDay(WorkingDayCalendar.LondonDate(DateTime.UtcNow));

    /// <summary>The reminders an instance's log says it queued ("Queued 12 reminders"), over all its rounds.</summary>
    public static int RemindersQueuedBy(AppProcess instance) =>
        QueuedReminders().Matches(instance.Log()).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [GeneratedRegex(@"Queued (\d+) reminders")]
    private static partial Regex QueuedReminders();
}
