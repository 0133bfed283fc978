using CaseReview.Domain.Agencies;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Review;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Review;

/// <summary>
/// The unanswered information requests on the cases the caller may see, soonest due first: every agency's for officers;
/// a panel member's or chair's own agency's only (their to-do list). Reading the list is audited.
/// </summary>
[Callers(Callers.Staff, "see information requests")]
public sealed record ListOpenInformationRequestsQuery : IQuery<IReadOnlyList<OpenInformationRequest>>;

public sealed class ListOpenInformationRequestsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<ListOpenInformationRequestsQuery, IReadOnlyList<OpenInformationRequest>>
{
    public const int Limit = 1000;

    public async ValueTask<IReadOnlyList<OpenInformationRequest>> Handle(ListOpenInformationRequestsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        int? agency = user.IsCaseworker() ? null : user.AgencyId ?? -1;
        var rows = await access.Visible()
            .SelectMany(
                a => a.InformationRequests.AsQueryable().Where(InformationRequest.Open).Where(r => agency == null || r.AgencyId == agency),
                (a, r) => new { a.Reference, r.AgencyId, r.DueDate, r.ShortNotice })
            .OrderBy(r => r.DueDate).ThenBy(r => r.Reference)
            .Take(Limit)
            .ToListAsync(cancellationToken);
        var agencies = await access.LoadAgenciesAsync(cancellationToken);
        var list = Of([.. rows.Select(r => (r.Reference, r.AgencyId, r.DueDate, r.ShortNotice))], agencies, planner, now);
        db.AuditEntries.Add(user.Audit(now, "information-requests.viewed", null, $"open={list.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return list;
    }

    internal static IReadOnlyList<OpenInformationRequest> Of(
        IReadOnlyList<(string Reference, int AgencyId, DateOnly DueDate, bool ShortNotice)> rows, AgencyRegister agencies, DeadlinePlanner planner, DateTime utcNow)
    {
        var today = planner.Today(utcNow);
        return [.. rows.Select(r => new OpenInformationRequest(r.Reference, agencies.NameOf(r.AgencyId), r.DueDate, r.ShortNotice, planner.Calendar.RagFor(r.DueDate, today), r.DueDate < today))];
    }
}
