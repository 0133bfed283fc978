namespace CaseReview.IntegrationTests.MultiInstance;

/// <summary>Why a request has no status code.</summary>
public enum RequestFailure
{
    /// <summary>Refused, reset or cut off mid-answer: nothing listened, or the process died.</summary>
    Connection,

    /// <summary>No answer within the client's time-out: a hang.</summary>
    TimedOut,
}
