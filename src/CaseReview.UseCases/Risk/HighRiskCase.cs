using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Risk;

/// <summary>An open case whose current risk assessment is high, for the dashboard.</summary>
public sealed record HighRiskCase(string Reference, CaseStatus Status, DateTime AssessedAt);
