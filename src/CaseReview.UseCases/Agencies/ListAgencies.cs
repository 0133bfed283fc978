using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Agencies;

/// <summary>The relevant bodies and partners, for choosing a panel or an owner agency. Reference data: no personal data.</summary>
[Callers(Callers.Staff, "see the agencies")]
public sealed record ListAgenciesQuery : IQuery<IReadOnlyList<AgencyView>>;

public sealed class ListAgenciesHandler(ICaseReviewDb db) : IQueryHandler<ListAgenciesQuery, IReadOnlyList<AgencyView>>
{
    public async ValueTask<IReadOnlyList<AgencyView>> Handle(ListAgenciesQuery query, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        return [.. agencies.Select(AgencyView.From)];
    }
}
