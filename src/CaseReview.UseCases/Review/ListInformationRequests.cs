using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Review;

/// <summary>
/// A case's information requests, in panel order: every panel agency's for officers; a panel member's or chair's own
/// agency's only. Reading them is audited.
/// </summary>
[Callers(Callers.Staff, "see information requests")]
public sealed record ListInformationRequestsQuery(string Reference) : IQuery<IReadOnlyList<InformationRequestView>>;

public sealed class ListInformationRequestsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<ListInformationRequestsQuery, IReadOnlyList<InformationRequestView>>
{
    public async ValueTask<IReadOnlyList<InformationRequestView>> Handle(ListInformationRequestsQuery query, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(query.Reference, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var requests = application.CurrentInformationRequests
            .Where(r => access.AnswersFor(r.AgencyId))
            .Select(r => InformationRequestView.Of(r, access.Agencies, planner, now))
            .ToList();
        db.AuditEntries.Add(user.Audit(now, "information-requests.viewed", application.Reference, $"requests={requests.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return requests;
    }
}
