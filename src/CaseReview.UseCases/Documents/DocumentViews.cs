using CaseReview.Domain.Agencies;
using CaseReview.Domain.Documents;
using CaseReview.UseCases.Cases;

namespace CaseReview.UseCases.Documents;

internal static class DocumentViews
{
    /// <summary>The document as the caller sees it: its agency by name, and another member of staff's email address hidden from panel members.</summary>
    public static CaseDocumentView Of(CaseDocument d, AgencyRegister agencies, CaseAccess access) => new(
        d.Id, d.FileName, d.ContentType, d.Size, d.Sha256, d.Description, d.SharedWithPanel,
        d.AgencyId is { } agency ? agencies.NameOf(agency) : null, d.FromApplicant, access.StaffName(d.UploadedByName), d.UploadedAt);
}
