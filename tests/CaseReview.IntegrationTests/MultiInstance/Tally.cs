using System.Collections.Concurrent;
using System.Diagnostics;

namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>Sends requests to instances and keeps every outcome, for the assertions and the figures a test writes.</summary>
public sealed class Tally
{
    private readonly ConcurrentQueue<RequestOutcome> _outcomes = new();

    public IReadOnlyCollection<RequestOutcome> Outcomes => _outcomes;

    public int Requests => _outcomes.Count;

    public int Count(int status) => _outcomes.Count(o => o.Status == status);

    /// <summary>Server errors of any kind but 503 (the counted answer while the database is away).</summary>
    public int ServerErrors => _outcomes.Count(o => o.Status is >= 500 and not 503);

    public int ConnectionFailures => _outcomes.Count(o => o.Failure == RequestFailure.Connection);

    public int TimedOut => _outcomes.Count(o => o.Failure == RequestFailure.TimedOut);

    public TimeSpan Longest => _outcomes.Count == 0 ? TimeSpan.Zero : _outcomes.Max(o => o.Took);

    public async Task<RequestOutcome> SendAsync(AppProcess instance, HttpClient client, Func<HttpRequestMessage> request)
    {
        var started = DateTime.UtcNow;
        var watch = Stopwatch.StartNew();
        RequestOutcome outcome;
        try
        {
            using var message = request();
            using var response = await client.SendAsync(message);
            var body = await response.Content.ReadAsStringAsync();
            outcome = new RequestOutcome(
                instance.Name, (int)response.StatusCode, body, response.Headers.RetryAfter?.ToString(), response.Content.Headers.ContentType?.MediaType, null, started, watch.Elapsed);
        }
        catch (HttpRequestException)
        {
            outcome = new RequestOutcome(instance.Name, null, string.Empty, null, null, RequestFailure.Connection, started, watch.Elapsed);
        }
        catch (TaskCanceledException)
        {
            outcome = new RequestOutcome(instance.Name, null, string.Empty, null, null, RequestFailure.TimedOut, started, watch.Elapsed);
        }

        _outcomes.Enqueue(outcome);
        return outcome;
    }

    /// <summary>One line: requests, each status code seen, 5xx, connection failures, time-outs, the slowest answer.</summary>
    public string Figures(string title)
    {
        var statuses = string.Join(", ", _outcomes.Where(o => o.Status is not null).GroupBy(o => o.Status!.Value).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
        return $"{title}: requests {Requests} ({statuses}), 5xx other than 503: {ServerErrors}, connection failures {ConnectionFailures}, "
            + $"timed out {TimedOut}, slowest {Longest.TotalMilliseconds:F0} ms";
    }
}
