using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// What one document is (not its bytes), for someone who may see it, as <see cref="ListCaseDocumentsQuery"/> describes
/// each: for example before deleting it. One they may not see, or of another case, is "not found", and then nothing is
/// audited; a read is audited as a reading of the case's documents.
/// </summary>
[Callers(Callers.Staff, "see case documents")]
public sealed record GetCaseDocumentDetailsQuery(string Reference, long Id) : IQuery<CaseDocumentView>;

public sealed class GetCaseDocumentDetailsHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCaseDocumentDetailsQuery, CaseDocumentView>
{
    public async ValueTask<CaseDocumentView> Handle(GetCaseDocumentDetailsQuery query, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == query.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        var document = await access.VisibleDocuments(applicationId).AsNoTracking().FirstOrDefaultAsync(d => d.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException($"This case has no document {query.Id}.");
        var agencies = await access.LoadAgenciesAsync(cancellationToken);

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "case.documents-viewed", query.Reference, $"document={document.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        return DocumentViews.Of(document, agencies, access);
    }
}
