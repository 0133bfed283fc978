namespace CaseReview.UseCases.Documents;

/// <summary>
/// A document of a case as the caller may see it (without its bytes: download it by <see cref="Id"/>). <see cref="Agency"/>
/// names the panel agency it belongs to, when a member of that agency attached it; <see cref="FromApplicant"/> is true for
/// a document the applicant sent from their tracking page.
/// </summary>
public sealed record CaseDocumentView(
    long Id,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    string? Description,
    bool SharedWithPanel,
    string? Agency,
    bool FromApplicant,
    string UploadedBy,
    DateTime UploadedAt);

/// <summary>A document's bytes, with the safe name and the media type to serve them under.</summary>
public sealed record DocumentFile(long Id, string FileName, string ContentType, byte[] Content);
