using CaseReview.UseCases.Documents;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>Documents in words and links, for the documents page, the case page and its timeline.</summary>
public static class DocumentWords
{
    /// <summary>"PDF", "JPEG image", "Word document"...: the type found in the content.</summary>
    public static string Type(string contentType) => DocumentTypes.All.FirstOrDefault(t => t.ContentType == contentType)?.Name ?? contentType;

    public static string TypeAndSize(CaseDocumentView document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return $"{Type(document.ContentType)}, {DocumentSizes.Words(document.Size)}";
    }

    public static string List(string reference) => $"{CaseLinks.Case(reference)}/documents";

    /// <summary>Where staff download a document (as an attachment).</summary>
    public static string Download(string reference, long id) => $"{List(reference)}/{id}";

    public static string Delete(string reference, long id) => $"{Download(reference, id)}/delete";

    /// <summary>Who added it, in words: the applicant, or the member of staff as the caller may see them.</summary>
    public static string By(CaseDocumentView document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FromApplicant ? "the applicant" : document.UploadedBy;
    }

    /// <summary>Where it came from and who sees it.</summary>
    public static IEnumerable<string> Remarks(CaseDocumentView document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.FromApplicant)
        {
            yield return "Sent by the applicant from their tracking page";
        }

        if (document.Agency is { } agency)
        {
            yield return $"{agency}'s document";
        }

        yield return document.SharedWithPanel ? "Shared with the panel" : "Not shared with the panel";
    }

    /// <summary>The limits, for the upload forms' hints.</summary>
    public static string Limits(DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"{char.ToUpperInvariant(DocumentTypes.Accepted[0])}{DocumentTypes.Accepted[1..]}, up to {DocumentSizes.Words(settings.MaxFileBytes)}.";
    }
}
