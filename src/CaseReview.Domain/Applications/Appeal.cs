namespace CaseReview.Domain.Applications;

/// <summary>The applicant's appeal: against the threshold decision or the review's outcome, and once decided, its decision.</summary>
public sealed record Appeal(AppealKind Kind, string Grounds, bool? Upheld = null, string? DecisionReason = null)
{
    public Appeal Decided(bool upheld, string reason) => this with { Upheld = upheld, DecisionReason = reason };
}
