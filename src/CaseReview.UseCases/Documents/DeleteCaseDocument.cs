using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Documents;

/// <summary>An officer deletes a document (added in error, or no longer needed): its row and its bytes go; the audit line stays.</summary>
[Callers(Callers.Caseworkers, "delete case documents")]
public sealed record DeleteCaseDocumentCommand(string Reference, long Id) : ICommand, ICaseCommand;

public sealed class DeleteCaseDocumentHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<DeleteCaseDocumentCommand>
{
    public const string AuditAction = "case.document-deleted";

    public async ValueTask<Unit> Handle(DeleteCaseDocumentCommand command, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == command.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {command.Reference}.");
        var document = await db.CaseDocuments.FirstOrDefaultAsync(d => d.Id == command.Id && d.ApplicationId == applicationId, cancellationToken)
            ?? throw new NotFoundException($"This case has no document {command.Id}.");

        await db.CaseDocumentContents.Where(c => c.DocumentId == document.Id).ExecuteDeleteAsync(cancellationToken);
        db.CaseDocuments.Remove(document);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, AuditAction, command.Reference, $"document={document.Id} type={document.ContentType} bytes={document.Size}"));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
