using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// The appeal: its kind and grounds; once decided, the decision, its reason, who decided (an appeal reviewer) and when;
/// and who made the decision it is against (none of them may decide it).
/// </summary>
public sealed record AppealView(
    AppealKind? Kind,
    string? Grounds,
    bool? Upheld,
    string? DecisionReason,
    string? DecidedBy = null,
    DateTime? DecidedAt = null,
    IReadOnlyList<string>? DecisionUnderAppealBy = null);
