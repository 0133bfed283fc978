using CaseReview.Domain.Risk;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// A case's current risk level and why, in words: what panel members see and what the panel pack shows. The reasons are
/// the critical answers given ("Have they said they have thought about harming themselves...: Yes") and the officer's
/// reason for raising the level; the other answers and the total stay with the lead body's officers.
/// </summary>
public sealed record CurrentRiskView(RiskLevel Level, DateTime AssessedAt, string AssessedBy, IReadOnlyList<string> Reasons)
{
    public static CurrentRiskView Of(RiskAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var reasons = a.Answers().Where(x => x.Critical).Select(x => $"{x.Question} {x.Option}.").ToList();
        if (a.Raised && a.RaiseReason is { } why)
        {
            reasons.Add($"Raised from {a.ComputedLevel.ToString().ToLowerInvariant()} by the officer's judgement: {why}");
        }

        return new(a.Level, a.AssessedAt, a.AssessedByName, reasons);
    }
}
