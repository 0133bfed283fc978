using CaseReview.Domain.Applications;

namespace CaseReview.UseCases.Cases;

public sealed record AppealView(AppealKind? Kind, string? Grounds, bool? Upheld, string? DecisionReason);
