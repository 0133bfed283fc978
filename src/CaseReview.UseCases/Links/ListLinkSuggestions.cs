using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Links;

/// <summary>
/// Other applications that may be about the same problem: the same postcode, the same address, or the same
/// applicant (email or phone), compared in normalised form. Only cases the caller may see are suggested, and
/// cases already linked are left out. Appeal reviewers decide one appeal on its own: they are not shown other cases.
/// </summary>
[Callers(Callers.Staff, "see possible links between cases")]
public sealed record ListLinkSuggestionsQuery(string Reference) : IQuery<IReadOnlyList<LinkSuggestion>>;

public sealed record LinkSuggestion(string Reference, CaseStatus Status, DateTime ReceivedAt, IReadOnlyList<string> Reasons);

public sealed class ListLinkSuggestionsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListLinkSuggestionsQuery, IReadOnlyList<LinkSuggestion>>
{
    public const int Limit = 50;

    public async ValueTask<IReadOnlyList<LinkSuggestion>> Handle(ListLinkSuggestionsQuery query, CancellationToken cancellationToken)
    {
        if (!user.IsCaseworker() && !user.IsPanelMember())
        {
            throw new ForbiddenException("Appeal reviewers are not shown other applications that may be linked.");
        }

        var self = await access.Visible()
            .Where(a => a.Reference == query.Reference)
            .Select(a => new { a.Id, a.PostcodeKey, a.AddressKey, a.EmailKey, a.PhoneKey, Linked = a.Links.Select(l => l.LinkedApplicationId).ToList() })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");

        // Each comparison is on an indexed column; a key the case lacks matches nothing.
        var candidates = await access.Visible()
            .Where(a => a.Id != self.Id && !self.Linked.Contains(a.Id))
            .Where(a => (self.PostcodeKey != null && a.PostcodeKey == self.PostcodeKey)
                || (self.AddressKey != null && a.AddressKey == self.AddressKey)
                || (self.EmailKey != null && a.EmailKey == self.EmailKey)
                || (self.PhoneKey != null && a.PhoneKey == self.PhoneKey))
            .OrderByDescending(a => a.ReceivedAt)
            .Take(Limit)
            .Select(a => new { a.Reference, a.Status, a.ReceivedAt, a.PostcodeKey, a.AddressKey, a.EmailKey, a.PhoneKey })
            .ToListAsync(cancellationToken);

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "case.link-suggestions-viewed", query.Reference, $"count={candidates.Count}"));
        await db.SaveChangesAsync(cancellationToken);

        return [.. candidates.Select(c => new LinkSuggestion(c.Reference, c.Status, c.ReceivedAt, [.. Reasons(
            (self.PostcodeKey != null && c.PostcodeKey == self.PostcodeKey, "same postcode"),
            (self.AddressKey != null && c.AddressKey == self.AddressKey, "same address"),
            (self.EmailKey != null && c.EmailKey == self.EmailKey, "same applicant email"),
            (self.PhoneKey != null && c.PhoneKey == self.PhoneKey, "same applicant phone"))]))];
    }

    private static IEnumerable<string> Reasons(params (bool Matches, string Reason)[] checks) => checks.Where(c => c.Matches).Select(c => c.Reason);
}
