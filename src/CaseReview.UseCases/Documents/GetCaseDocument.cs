using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// One document's bytes, for someone who may see it (as <see cref="ListCaseDocumentsQuery"/> lists them); one they may
/// not see is "not found", as is one of another case. Every download is audited.
/// </summary>
[Callers(Callers.Staff, "download case documents")]
public sealed record GetCaseDocumentQuery(string Reference, long Id) : IQuery<DocumentFile>;

public sealed class GetCaseDocumentHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetCaseDocumentQuery, DocumentFile>
{
    public async ValueTask<DocumentFile> Handle(GetCaseDocumentQuery query, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == query.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        var document = await access.VisibleDocuments(applicationId).AsNoTracking().Where(d => d.Id == query.Id)
                .Select(d => new { d.Id, d.FileName, d.ContentType })
                .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"This case has no document {query.Id}.");
        var content = await db.CaseDocumentContents.AsNoTracking().Where(c => c.DocumentId == document.Id).Select(c => c.Bytes).FirstAsync(cancellationToken);

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "case.document-downloaded", query.Reference, $"document={document.Id}"));
        await db.SaveChangesAsync(cancellationToken);
        return new DocumentFile(document.Id, document.FileName, document.ContentType, content);
    }
}
