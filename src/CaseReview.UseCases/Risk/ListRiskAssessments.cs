using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Risk;

/// <summary>
/// A case's risk assessments. Officers and administrators see every assessment, newest first, with its answers, and
/// the questionnaire in use. Panel members and chairs of the case's panel see only the current level and why (what the
/// panel pack shows): the answers are health and vulnerability data the panel does not need. Appeal reviewers decide
/// how the case was handled, not the victim's risk: 403. Reading is audited as any read of the case.
/// </summary>
[Callers(Callers.Staff, "see the victim's risk assessment")]
public sealed record ListRiskAssessmentsQuery(string Reference) : IQuery<RiskAssessmentHistory>;

public sealed class ListRiskAssessmentsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, CurrentRiskAssessments current,
    Domain.Risk.RiskQuestionnaire questionnaire, TimeProvider clock)
    : IQueryHandler<ListRiskAssessmentsQuery, RiskAssessmentHistory>
{
    public const string AuditAction = "case.risk-viewed";

    public async ValueTask<RiskAssessmentHistory> Handle(ListRiskAssessmentsQuery query, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == query.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        var caseworker = user.IsCaseworker();
        if (!caseworker && !user.IsPanelMember())
        {
            throw new ForbiddenException("The victim's risk assessment is for the case officers and the panel.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        RiskAssessmentHistory history;
        if (caseworker)
        {
            var all = await db.RiskAssessments.AsNoTracking().Where(r => r.ApplicationId == applicationId).OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
            history = new RiskAssessmentHistory(all.Count == 0 ? null : CurrentRiskView.Of(all[0]), [.. all.Select(RiskAssessmentView.Of)], questionnaire);
        }
        else
        {
            history = new RiskAssessmentHistory(await current.SummaryAsync(applicationId, cancellationToken), [], null);
        }

        db.AuditEntries.Add(user.Audit(now, AuditAction, query.Reference, caseworker ? $"assessments={history.Assessments.Count}" : "current"));
        await db.SaveChangesAsync(cancellationToken);
        return history;
    }
}
