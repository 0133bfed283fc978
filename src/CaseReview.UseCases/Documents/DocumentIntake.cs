using System.Security.Cryptography;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Documents;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// Keeps an upload that passed its request's checks (<see cref="DocumentRules"/>), for officers, panel members and
/// applicants alike: its type from its content, the virus scan when the council has a scanner (a file found harmful is
/// refused and the refusal audited; a scanner that cannot answer refuses the upload), then, in one transaction, the
/// case's total (<see cref="DocumentSettings.MaxCaseBytes"/>), the document, its bytes and the audit line.
/// </summary>
public sealed class DocumentIntake(ICaseReviewDb db, IUnitOfWork unitOfWork, IMalwareScanner scanner, DocumentSettings settings, ICurrentUser user, TimeProvider clock)
{
    public const string AddedAuditAction = "case.document-added";
    public const string RefusedAuditAction = "case.document-refused";

    /// <summary>Stores the file; throws <see cref="CaseRuleException"/> on <c>file</c> when it may not be kept.</summary>
    public async Task<CaseDocument> StoreAsync(Guid applicationId, string reference, DocumentUpload upload, string? description, bool sharedWithPanel,
        int? agencyId, Actor uploadedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(uploadedBy);
        var check = DocumentTypes.Check(upload.Content);
        var type = check.Type ?? throw new CaseRuleException("file", check.Problem!);
        var scan = await scanner.ScanAsync(upload.Content, cancellationToken);
        if (scan.Threat is { } threat)
        {
            // Outside the upload's transaction: the refusal stays in the trail although nothing else is stored.
            db.AuditEntries.Add(Audit(uploadedBy, RefusedAuditAction, reference, $"malware={SafeWord(threat)} type={type.ContentType} bytes={upload.Length}"));
            await db.SaveChangesAsync(cancellationToken);
            throw new CaseRuleException("file", DocumentRules.MalwareFound);
        }

        var name = DocumentNames.For(upload.FileName, type);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(upload.Content));
        var words = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        return await unitOfWork.InTransactionAsync(async ct =>
        {
            var held = await db.CaseDocuments.Where(d => d.ApplicationId == applicationId).SumAsync(d => (long?)d.Size, ct) ?? 0;
            if (held + upload.Length > settings.MaxCaseBytes)
            {
                throw new CaseRuleException("file", DocumentRules.OverCaseTotal(held, upload.Length, settings));
            }

            var document = new CaseDocument(applicationId, name, type.ContentType, upload.Length, sha256, words, sharedWithPanel, agencyId,
                fromApplicant: uploadedBy == Actor.Applicant, uploadedBy, clock.GetUtcNow().UtcDateTime);
            db.CaseDocuments.Add(document);
            await db.SaveChangesAsync(ct);
            db.CaseDocumentContents.Add(new CaseDocumentContent(document.Id, upload.Content));
            // Ids, type and size: never the file's name or description, which may name people.
            db.AuditEntries.Add(Audit(uploadedBy, AddedAuditAction, reference,
                $"document={document.Id} type={type.ContentType} bytes={upload.Length} shared={sharedWithPanel}{(agencyId is { } a ? $" agency={a}" : string.Empty)} scan={scan.Word}"));
            await db.SaveChangesAsync(ct);
            return document;
        }, cancellationToken);
    }

    private AuditEntry Audit(Actor actor, string action, string reference, string detail) =>
        new(clock.GetUtcNow().UtcDateTime, actor.Id, actor.DisplayName, action, reference, detail, user.IpAddress);

    /// <summary>A scanner's name for a threat, kept to the characters such names use, for the audit trail.</summary>
    internal static string SafeWord(string threat)
    {
        var kept = new string([.. threat.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or ':' or '/')]);
        return kept.Length == 0 ? "unnamed" : kept[..Math.Min(kept.Length, 100)];
    }
}
