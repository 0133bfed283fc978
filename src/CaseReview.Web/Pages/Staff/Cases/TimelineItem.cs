using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Notes;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// One line of the case page's timeline: a change in the case's history, an entry of its notes and contact log
/// (with its id, <c>note-{id}</c>, and what it says about corrections and sharing), or a document attached (with its id,
/// <c>document-{id}</c>, and a link to download it).
/// </summary>
public sealed record TimelineItem(string Title, string By, DateTime At, string? Description, string? Id = null, IReadOnlyList<string>? Remarks = null,
    string? Href = null, string? LinkText = null)
{
    /// <summary>History, notes and documents together, newest first (a note by when it happened, a document by when it was added).</summary>
    public static IReadOnlyList<TimelineItem> Of(CaseDetail detail, IReadOnlyList<CaseNoteView> notes, IReadOnlyList<CaseDocumentView>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(notes);
        var history = detail.History.Select(h => new TimelineItem(HistoryWords.Title(h), h.Actor, h.OccurredAt, h.Reason));
        var attached = (documents ?? []).Select(d => FromDocument(detail.Reference, d));
        return [.. history.Concat(notes.Select(FromNote)).Concat(attached).OrderByDescending(i => i.At)];
    }

    private static TimelineItem FromDocument(string reference, CaseDocumentView document) => new(
        $"Document added: {document.FileName}",
        DocumentWords.By(document),
        document.UploadedAt,
        document.Description,
        $"document-{document.Id}",
        [.. DocumentWords.Remarks(document)],
        DocumentWords.Download(reference, document.Id),
        $"Download {document.FileName} ({DocumentWords.TypeAndSize(document)})");

    private static TimelineItem FromNote(CaseNoteView note) => new(
        NoteWords.Title(note),
        note.WrittenBy,
        note.At,
        note.Text,
        $"note-{note.Id}",
        [.. NoteWords.Remarks(note)]);
}
