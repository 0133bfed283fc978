using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Notes;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// One line of the case page's timeline: a change in the case's history, or an entry of its notes and contact log
/// (with its id, <c>note-{id}</c>, and what it says about corrections and sharing).
/// </summary>
public sealed record TimelineItem(string Title, string By, DateTime At, string? Description, string? Id = null, IReadOnlyList<string>? Remarks = null)
{
    /// <summary>History and notes together, newest first (a note by when it happened).</summary>
    public static IReadOnlyList<TimelineItem> Of(CaseDetail detail, IReadOnlyList<CaseNoteView> notes)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(notes);
        var history = detail.History.Select(h => new TimelineItem(HistoryWords.Title(h), h.Actor, h.OccurredAt, h.Reason));
        return [.. history.Concat(notes.Select(FromNote)).OrderByDescending(i => i.At)];
    }

    private static TimelineItem FromNote(CaseNoteView note) => new(
        NoteWords.Title(note),
        note.WrittenBy,
        note.At,
        note.Text,
        $"note-{note.Id}",
        [.. NoteWords.Remarks(note)]);
}
