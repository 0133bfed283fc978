namespace CaseReview.Domain.Documents;

/// <summary>The bytes of one <see cref="CaseDocument"/>, one row per document, deleted with it.</summary>
public sealed class CaseDocumentContent
{
    private CaseDocumentContent() { Bytes = []; }

    public CaseDocumentContent(long documentId, byte[] bytes)
    {
        DocumentId = documentId;
        Bytes = bytes;
    }

    /// <summary>The document's id (the key of both rows).</summary>
    public long DocumentId { get; private set; }

    public byte[] Bytes { get; private set; }
}
