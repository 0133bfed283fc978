using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Risk;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Risk;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// The case queue. <c>Overdue</c> keeps only cases with a staff deadline already past. <c>Officer</c> keeps the
/// cases assigned to one case officer (their account id), <c>me</c> (the caller) or <c>none</c> (not assigned).
/// <c>Q</c> searches (see <see cref="CaseSearch"/>): reference, names, where the ASB happens, and, for those who may
/// see them, the applicant's email, phone, postcode and address; the other filters still apply. <c>Risk</c> keeps the
/// cases whose current victim risk assessment is at that level; each item carries its <c>RiskLevel</c> (null when not
/// assessed, and for appeal reviewers, who do not see the assessment).
/// </summary>
[Callers(Callers.Staff, "see cases")]
public sealed record ListCasesQuery(CaseStatus? Status, bool? Overdue, int? Page, int? PageSize, string? Officer = null, string? Q = null, RiskLevel? Risk = null) : IQuery<CasePage>;

public sealed record CaseSummary(string Reference, CaseStatus Status, DateTime ReceivedAt, string Location, DeadlineView? NextDeadline, string? OfficerName = null, string? ApplicantName = null, RiskLevel? RiskLevel = null, bool Restricted = false);

/// <summary>A case officer who has cases assigned among those the caller may see (whatever the other filters), for filtering the queue.</summary>
public sealed record QueueOfficer(string Id, string Name);

public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int Total, IReadOnlyList<QueueOfficer>? Officers = null);

public static class OfficerFilter
{
    public const string Me = "me";
    public const string None = "none";
}

public sealed class ListCasesValidator : AbstractValidator<ListCasesQuery>
{
    public ListCasesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Page must be 1 or more");
        RuleFor(x => x.Page).LessThanOrEqualTo(Paging.MaxPage).WithMessage($"Page must be {Paging.MaxPage} or less");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100).WithMessage("Page size must be between 1 and 100");
        RuleFor(x => x.Q).MaximumLength(CaseSearch.MaxQueryLength).WithMessage($"Search for {CaseSearch.MaxQueryLength} characters or fewer");
    }
}

public sealed class ListCasesHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, CurrentRiskAssessments risk, TimeProvider clock)
    : IQueryHandler<ListCasesQuery, CasePage>
{
    /// <summary>More officers than any team has; the filter list stops there rather than seeking on without end.</summary>
    private const int MaxOfficers = 500;

    public async ValueTask<CasePage> Handle(ListCasesQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = planner.Today(now);
        var cases = access.Visible();
        var officers = await OfficersAsync(cases, cancellationToken);
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        var officer = query.Officer?.Trim();
        if (string.Equals(officer, OfficerFilter.Me, StringComparison.OrdinalIgnoreCase))
        {
            officer = user.UserId ?? string.Empty;
        }

        if (string.Equals(officer, OfficerFilter.None, StringComparison.OrdinalIgnoreCase))
        {
            cases = cases.Where(c => c.AssignedOfficerId == null);
        }
        else if (!string.IsNullOrEmpty(officer))
        {
            cases = cases.Where(c => c.AssignedOfficerId == officer);
        }

        if (query.Overdue == true)
        {
            // One list of the cases with a deadline past (from the open-deadlines index), not a search of the deadlines per
            // case: correlated per case, SQLite took the open-deadlines index for every case, 58 s at 10,000 cases.
            var overdue = db.StageDeadlines.Where(d => d.CompletedAt == null && d.Stage != Stage.AppealWindow && d.DueDate < today)
                .Select(d => EF.Property<Guid>(d, "ApplicationId"));
            cases = cases.Where(c => overdue.Contains(c.Id));
        }

        var seesRisk = user.IsCaseworker() || user.IsPanelMember();
        if (query.Risk is { } level && seesRisk)
        {
            cases = cases.Where(c => risk.CasesAt(level).Contains(c.Id));
        }

        var page = query.Page ?? 1;
        var size = query.PageSize ?? 25;
        var terms = CaseSearch.Terms(query.Q);
        var (total, items) = terms.Count == 0
            ? await PageAsync(cases, page, size, cancellationToken)
            : await SearchAsync(cases, terms, page, size, cancellationToken);

        var actor = user.ToActor();
        // A search is audited with the cases it showed (never the words searched for: they are often a name or a phone number).
        db.AuditEntries.Add(terms.Count == 0
            ? new AuditEntry(now, actor.Id, actor.DisplayName, "cases.listed", null, $"page={page};count={items.Count}", user.IpAddress)
            : new AuditEntry(now, actor.Id, actor.DisplayName, "cases.searched", null,
                $"page={page};count={items.Count};total={total};shown={string.Join(',', items.Select(c => c.Reference))}", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);

        var levels = seesRisk ? await risk.LevelsAsync([.. items.Select(c => c.Id)], cancellationToken) : new Dictionary<Guid, RiskLevel>();
        return new CasePage(
            [.. items.Select(c => new CaseSummary(c.Reference, c.Status, c.ReceivedAt, c.Location, CaseDetail.OpenDeadlines(c, now, planner).FirstOrDefault(), c.AssignedOfficerName, c.Applicant.Name,
                levels.TryGetValue(c.Id, out var level) ? level : null, c.IsRestricted))],
            page, size, total,
            [.. officers.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>
    /// The officers with cases assigned among those the caller may see, whatever the other filters. For those who see
    /// every case, one seek per officer along the (officer id, name) index, each finding the next officer after the
    /// last ("loose index scan"): a DISTINCT read the index entry of every case ever assigned, 92 ms at 1,000,000
    /// cases on each view of the queue. A panel member's cases are chosen by panel, so theirs are read as before.
    /// </summary>
    private async Task<List<QueueOfficer>> OfficersAsync(IQueryable<CaseApplication> visible, CancellationToken cancellationToken)
    {
        if (!user.IsCaseworker())
        {
            var seen = await visible.Where(c => c.AssignedOfficerId != null)
                .Select(c => new { Id = c.AssignedOfficerId!, Name = c.AssignedOfficerName ?? c.AssignedOfficerId! })
                .Distinct()
                .ToListAsync(cancellationToken);
            return [.. seen.GroupBy(o => o.Id).Select(g => new QueueOfficer(g.Key, g.First().Name))];
        }

        var officers = new List<QueueOfficer>();
        var after = string.Empty;
        while (officers.Count < MaxOfficers)
        {
            var last = after;
            var next = await visible.Where(c => c.AssignedOfficerId != null && string.Compare(c.AssignedOfficerId, last) > 0)
                .OrderBy(c => c.AssignedOfficerId).ThenBy(c => c.AssignedOfficerName)
                .Select(c => new QueueOfficer(c.AssignedOfficerId!, c.AssignedOfficerName ?? c.AssignedOfficerId!))
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                break;
            }

            officers.Add(next);
            after = next.Id;
        }

        return officers;
    }

    private static async Task<(int Total, List<CaseApplication> Items)> PageAsync(IQueryable<CaseApplication> cases, int page, int size, CancellationToken cancellationToken)
    {
        var total = await cases.CountAsync(cancellationToken);
        var items = await cases
            .OrderByDescending(c => c.ReceivedAt)
            .Skip((page - 1) * size)
            .Take(size)
            .Include(c => c.Deadlines)
            .ToListAsync(cancellationToken);
        return (total, items);
    }

    /// <summary>
    /// A search finds the ids of the matching cases from the search texts' own index (see
    /// <see cref="ICaseReviewDb.SearchMatches"/>), reads the ids and dates of every match among those the caller may
    /// see to count them, then loads only the page shown. Those who may not see the applicant's contact details are
    /// matched on the text without them (which is the start of the full text, so a match there is a match in both).
    /// </summary>
    private async Task<(int Total, List<CaseApplication> Items)> SearchAsync(IQueryable<CaseApplication> cases, IReadOnlyList<string> terms, int page, int size, CancellationToken cancellationToken)
    {
        var ids = db.SearchMatches(terms);
        var matching = cases.Where(c => ids.Contains(c.Id));
        if (!access.SeesApplicantContact)
        {
            foreach (var term in terms)
            {
                matching = matching.Where(c => c.PanelSearchText!.Contains(term));
            }
        }

        var matches = await matching.Select(c => new { c.Id, c.ReceivedAt, c.Reference }).ToListAsync(cancellationToken);
        var shown = matches.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Reference, StringComparer.Ordinal)
            .Skip((page - 1) * size).Take(size).Select(m => m.Id).ToList();
        var items = await db.Applications.Where(c => shown.Contains(c.Id)).Include(c => c.Deadlines).ToListAsync(cancellationToken);
        return (matches.Count, [.. items.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Reference, StringComparer.Ordinal)]);
    }
}
