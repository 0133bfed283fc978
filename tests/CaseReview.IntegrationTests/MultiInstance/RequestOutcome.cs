namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>
/// What became of one request to an instance: its status code, or that it failed at the connection (refused, or cut
/// off when the instance died) or got no answer in time.
/// </summary>
public sealed record RequestOutcome(string Instance, int? Status, string Body, string? RetryAfter, string? ContentType, RequestFailure? Failure, DateTime Started, TimeSpan Took)
{
    public bool Is(int status) => Status == status;
}
