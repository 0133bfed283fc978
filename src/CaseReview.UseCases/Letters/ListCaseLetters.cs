using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Letters;

/// <summary>Which letters a case has now (the notices given so far), for the links on the case page. Names no one, so it is not audited.</summary>
[Callers(Callers.Caseworkers, "print letters")]
public sealed record ListCaseLettersQuery(string Reference) : IQuery<IReadOnlyList<CaseLetterLink>>;

/// <summary>A letter the case has: its name in addresses and in words.</summary>
public sealed record CaseLetterLink(string Notice, string Words);

public sealed class ListCaseLettersHandler(CaseAccess access) : IQueryHandler<ListCaseLettersQuery, IReadOnlyList<CaseLetterLink>>
{
    public async ValueTask<IReadOnlyList<CaseLetterLink>> Handle(ListCaseLettersQuery query, CancellationToken cancellationToken)
    {
        var application = await access.Visible().AsNoTracking()
            .Include(a => a.History)
            .FirstOrDefaultAsync(a => a.Reference == query.Reference, cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        return [.. LetterComposer.Available(application).Select(n => new CaseLetterLink(LetterNotices.Slug(n), LetterNotices.Words(n)))];
    }
}
