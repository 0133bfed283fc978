using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// A case's documents, newest first, without their bytes: every one for officers; for panel members and chairs who may
/// see the case, those shared with the panel and their own agency's. Reading the list is audited.
/// </summary>
[Callers(Callers.Staff, "see case documents")]
public sealed record ListCaseDocumentsQuery(string Reference) : IQuery<IReadOnlyList<CaseDocumentView>>;

public sealed class ListCaseDocumentsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListCaseDocumentsQuery, IReadOnlyList<CaseDocumentView>>
{
    public async ValueTask<IReadOnlyList<CaseDocumentView>> Handle(ListCaseDocumentsQuery query, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == query.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        var documents = await access.VisibleDocuments(applicationId).AsNoTracking()
            .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id)
            .ToListAsync(cancellationToken);
        var agencies = await access.LoadAgenciesAsync(cancellationToken);

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "case.documents-viewed", query.Reference, $"documents={documents.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return [.. documents.Select(d => DocumentViews.Of(d, agencies, access))];
    }
}
