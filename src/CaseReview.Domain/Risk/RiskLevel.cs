namespace CaseReview.Domain.Risk;

/// <summary>How much the victim is at risk of harm from the ASB, as the assessment found it. The order matters: higher is worse.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
