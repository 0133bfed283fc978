using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Audit;

/// <summary>
/// The audit trail, newest first, for administrators: by case reference, by actor (account id or email) and by
/// UTC date range (both days included). Reading it is itself audited. There is no way to change or remove a line.
/// </summary>
[Callers(Callers.Administrators, "read the audit trail")]
public sealed record ReadAuditLogQuery(string? Reference, string? Actor, DateOnly? From, DateOnly? To, int? Page, int? PageSize) : IQuery<AuditPage>;

public sealed record AuditLine(long Id, DateTime OccurredAt, string ActorId, string Actor, string Action, string? CaseReference, string? Detail, string? IpAddress);

public sealed record AuditPage(IReadOnlyList<AuditLine> Items, int Page, int PageSize, int Total);

public sealed class ReadAuditLogValidator : AbstractValidator<ReadAuditLogQuery>
{
    public ReadAuditLogValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page must be 1 or more");
        RuleFor(x => x.Page).LessThanOrEqualTo(Paging.MaxPage).WithMessage($"Page must be {Paging.MaxPage} or less");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200).WithMessage("Page size must be between 1 and 200");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).WithMessage("The end date must not be before the start date").When(x => x.From is not null && x.To is not null);
    }
}

public sealed class ReadAuditLogHandler(ICaseReviewDb db, IStaffAccounts accounts, ICurrentUser user, TimeProvider clock) : IQueryHandler<ReadAuditLogQuery, AuditPage>
{
    public async ValueTask<AuditPage> Handle(ReadAuditLogQuery query, CancellationToken cancellationToken)
    {
        var lines = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Reference))
        {
            lines = lines.Where(e => e.CaseReference == query.Reference.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actorId = await ActorIdAsync(query.Actor.Trim(), cancellationToken);
            lines = lines.Where(e => e.ActorId == actorId);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            lines = lines.Where(e => e.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            lines = lines.Where(e => e.OccurredAt < end);
        }

        var page = query.Page ?? 1;
        var size = query.PageSize ?? 50;
        var total = await lines.CountAsync(cancellationToken);
        var items = await lines.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(e => new AuditLine(e.Id, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.CaseReference, e.Detail, e.IpAddress))
            .ToListAsync(cancellationToken);

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "audit.viewed", null, $"page={page};count={items.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return new AuditPage(items, page, size, total);
    }

    // Staff are named by email in the trail; the lookup goes by account id, which is indexed.
    private async Task<string> ActorIdAsync(string actor, CancellationToken cancellationToken) =>
        actor.Contains('@', StringComparison.Ordinal)
            ? (await accounts.ListAsync(cancellationToken)).FirstOrDefault(a => string.Equals(a.Email, actor, StringComparison.OrdinalIgnoreCase))?.Id ?? actor
            : actor;
}
