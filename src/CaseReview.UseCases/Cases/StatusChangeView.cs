using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Cases;

public sealed record StatusChangeView(CaseStatus? From, CaseStatus To, string Action, string Actor, DateTime OccurredAt, string? Reason);
