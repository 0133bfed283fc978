using CaseReview.Domain.Risk;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// The current (latest) risk assessment of cases, for the queue, the dashboard, the case page and the panel pack. It
/// reads; who may see it is the caller's business (the case must be one they may see). Each lookup goes through the
/// (ApplicationId, Id) index.
/// </summary>
public sealed class CurrentRiskAssessments(ICaseReviewDb db)
{
    /// <summary>Each case's latest assessment.</summary>
    public IQueryable<RiskAssessment> Latest() =>
        db.RiskAssessments.Where(r => !db.RiskAssessments.Any(o => o.ApplicationId == r.ApplicationId && o.Id > r.Id));

    /// <summary>The ids of the cases whose current level is <paramref name="level"/>.</summary>
    public IQueryable<Guid> CasesAt(RiskLevel level) => Latest().Where(r => r.Level == level).Select(r => r.ApplicationId);

    /// <summary>The case's latest assessment, or null before its first.</summary>
    public Task<RiskAssessment?> ForCaseAsync(Guid applicationId, CancellationToken cancellationToken) =>
        db.RiskAssessments.AsNoTracking().Where(r => r.ApplicationId == applicationId).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The case's current level and why (<see cref="CurrentRiskView"/>), or null before its first assessment.</summary>
    public async Task<CurrentRiskView?> SummaryAsync(Guid applicationId, CancellationToken cancellationToken) =>
        await ForCaseAsync(applicationId, cancellationToken) is { } latest ? CurrentRiskView.Of(latest) : null;

    /// <summary>The current level of each of the cases that have been assessed.</summary>
    public async Task<IReadOnlyDictionary<Guid, RiskLevel>> LevelsAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken)
    {
        if (applicationIds.Count == 0)
        {
            return new Dictionary<Guid, RiskLevel>();
        }

        var rows = await Latest().Where(r => applicationIds.Contains(r.ApplicationId)).Select(r => new { r.ApplicationId, r.Level }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.ApplicationId, r => r.Level);
    }

    /// <summary>Open cases whose current level is high, most recently assessed first.</summary>
    public async Task<IReadOnlyList<HighRiskCase>> HighRiskOpenCasesAsync(CancellationToken cancellationToken) =>
        await db.Applications
            .Where(a => a.Status != CaseStatus.Closed && a.Status != CaseStatus.Withdrawn)
            .Join(Latest().Where(r => r.Level == RiskLevel.High), a => a.Id, r => r.ApplicationId, (a, r) => new { a.Reference, a.Status, r.AssessedAt })
            .OrderByDescending(x => x.AssessedAt)
            .Select(x => new HighRiskCase(x.Reference, x.Status, x.AssessedAt))
            .ToListAsync(cancellationToken);
}
