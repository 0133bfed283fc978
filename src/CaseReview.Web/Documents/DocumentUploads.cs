using CaseReview.UseCases.Documents;

namespace CaseReview.Web.Documents;

/// <summary>
/// A posted file as the use cases take it (<see cref="DocumentUpload"/>): its bytes read into memory when it is within
/// <c>Documents:MaxFileBytes</c>, and not read at all when it is larger (it is then refused on its size). The API and the
/// pages read uploads the same way.
/// </summary>
internal static class DocumentUploads
{
    public static async Task<DocumentUpload?> ReadAsync(IFormFile? file, DocumentSettings settings, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return null;
        }

        if (file.Length == 0 || file.Length > settings.MaxFileBytes)
        {
            return new DocumentUpload(file.FileName, file.Length, []);
        }

        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        var read = 0;
        int n;
        while (read < bytes.Length && (n = await stream.ReadAsync(bytes.AsMemory(read), cancellationToken)) > 0)
        {
            read += n;
        }

        // A part shorter than it said (cannot happen with a buffered form) is reported as unread, not kept cut short.
        return read == bytes.Length ? new DocumentUpload(file.FileName, file.Length, bytes) : new DocumentUpload(file.FileName, file.Length, []);
    }

    /// <summary>The largest multipart body taken: one file of the largest size, with room for the form around it.</summary>
    public static long MaxBodyBytes(DocumentSettings settings) => settings.MaxFileBytes + FormAllowance;

    /// <summary>Room for a form's other fields and the multipart boundaries and headers.</summary>
    public const long FormAllowance = 1024 * 1024;
}
