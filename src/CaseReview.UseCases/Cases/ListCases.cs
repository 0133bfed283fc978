using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Cases;

/// <summary>The case queue. <c>Overdue</c> keeps only cases with a staff deadline already past.</summary>
public sealed record ListCasesQuery(CaseStatus? Status, bool? Overdue, int? Page, int? PageSize) : IQuery<CasePage>;

public sealed record CaseSummary(string Reference, CaseStatus Status, DateTime ReceivedAt, string Location, DeadlineView? NextDeadline);

public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int Total);

public sealed class ListCasesValidator : AbstractValidator<ListCasesQuery>
{
    public ListCasesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page must be 1 or more");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100).WithMessage("Page size must be between 1 and 100");
    }
}

public sealed class ListCasesHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<ListCasesQuery, CasePage>
{
    public async ValueTask<CasePage> Handle(ListCasesQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = planner.Today(now);
        var cases = access.Visible();
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Overdue == true)
        {
            cases = cases.Where(c => c.Deadlines.Any(d => d.CompletedAt == null && d.Stage != Stage.AppealWindow && d.DueDate < today));
        }

        var page = query.Page ?? 1;
        var size = query.PageSize ?? 25;
        var total = await cases.CountAsync(cancellationToken);
        var items = await cases
            .OrderByDescending(c => c.ReceivedAt)
            .Skip((page - 1) * size)
            .Take(size)
            .Include(c => c.Deadlines)
            .ToListAsync(cancellationToken);

        var actor = user.ToActor();
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, actor.DisplayName, "cases.listed", null, $"page={page};count={items.Count}", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);

        return new CasePage(
            [.. items.Select(c => new CaseSummary(c.Reference, c.Status, c.ReceivedAt, c.Location, CaseDetail.OpenDeadlines(c, now, planner).FirstOrDefault()))],
            page, size, total);
    }
}
