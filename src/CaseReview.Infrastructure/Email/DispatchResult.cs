namespace CaseReview.Infrastructure.Email;

public sealed record DispatchResult(int Claimed, int Sent, int Retrying, int Failed);
