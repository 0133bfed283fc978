using CaseReview.Domain.Applications;

namespace CaseReview.Domain.Documents;

/// <summary>
/// A file attached to a case: a photo, a noise diary, a letter, an agency's chronology. This row says what it is and
/// who may see it; the bytes are in <see cref="CaseDocumentContent"/>, a table of their own, so listing a case's
/// documents never reads them. The name is the sanitised one shown to staff, never the path the uploader's computer
/// gave, and its extension is the one of the type found in the content.
/// </summary>
public sealed class CaseDocument
{
    /// <summary>The longest display name kept (extension included).</summary>
    public const int FileNameLength = 150;

    /// <summary>The longest description.</summary>
    public const int DescriptionLength = 500;

    /// <summary>The longest media type.</summary>
    public const int ContentTypeLength = 100;

    private CaseDocument() { FileName = string.Empty; ContentType = string.Empty; Sha256 = string.Empty; UploadedById = string.Empty; UploadedByName = string.Empty; }

    public CaseDocument(Guid applicationId, string fileName, string contentType, long size, string sha256, string? description,
        bool sharedWithPanel, int? agencyId, bool fromApplicant, Actor uploadedBy, DateTime uploadedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(uploadedBy);
        ApplicationId = applicationId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        Description = description;
        SharedWithPanel = sharedWithPanel;
        AgencyId = agencyId;
        FromApplicant = fromApplicant;
        UploadedById = uploadedBy.Id;
        UploadedByName = uploadedBy.DisplayName;
        UploadedAt = uploadedAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The case the document belongs to.</summary>
    public Guid ApplicationId { get; private set; }

    /// <summary>The sanitised name shown and used for downloads, with the extension of the type found in the content.</summary>
    public string FileName { get; private set; }

    /// <summary>The media type found in the content (never the one the uploader's browser claimed).</summary>
    public string ContentType { get; private set; }

    /// <summary>Its length in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>The SHA-256 of the bytes, in lower-case hex: shows a download is the file uploaded.</summary>
    public string Sha256 { get; private set; }

    /// <summary>What it is, in the uploader's words.</summary>
    public string? Description { get; private set; }

    /// <summary>Every panel member and chair of the case may see it (otherwise only the lead body and <see cref="AgencyId"/>'s members).</summary>
    public bool SharedWithPanel { get; private set; }

    /// <summary>The agency whose document it is, when a panel member or chair attached it for their agency's response.</summary>
    public int? AgencyId { get; private set; }

    /// <summary>Sent by the applicant from their tracking page.</summary>
    public bool FromApplicant { get; private set; }

    public string UploadedById { get; private set; }

    public string UploadedByName { get; private set; }

    /// <summary>When it was attached (UTC).</summary>
    public DateTime UploadedAt { get; private set; }
}
