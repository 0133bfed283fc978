using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>One case with everything staff need to act on it. The view itself is audited.</summary>
[Callers(Callers.Staff, "see cases")]
public sealed record GetCaseQuery(string Reference) : IQuery<CaseDetail>;

public sealed class GetCaseHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<GetCaseQuery, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(GetCaseQuery query, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.ToActor();
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, actor.DisplayName, "case.viewed", application.Reference, null, user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return CaseDetail.From(application, now, planner, access);
    }
}
