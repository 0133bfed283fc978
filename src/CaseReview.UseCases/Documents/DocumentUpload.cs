namespace CaseReview.UseCases.Documents;

/// <summary>
/// A file as it arrived: the name the uploader's computer gave (never trusted: only shown, sanitised), its length, and
/// its bytes. A file longer than <see cref="DocumentSettings.MaxFileBytes"/> is not read at all: its
/// <see cref="Content"/> is empty and <see cref="Length"/> says how long it was, so it is refused on its size.
/// </summary>
public sealed record DocumentUpload(string? FileName, long Length, byte[] Content)
{
    /// <summary>True when the bytes were read (the file was not over the size limit).</summary>
    public bool IsRead => Content.LongLength == Length;
}
