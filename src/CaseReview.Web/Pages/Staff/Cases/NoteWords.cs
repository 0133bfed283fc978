using CaseReview.UseCases.Notes;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>Notes and contacts in words, for the timeline and the note form.</summary>
public static class NoteWords
{
    /// <summary>The kinds as the form offers them, with the API's names as values.</summary>
    public static IReadOnlyList<Forms.Choice> KindChoices { get; } = [.. NoteKinds.Names.Select(k => new Forms.Choice(k, Kind(k)))];

    public static string Kind(string kind) => kind switch
    {
        "note" => "Note for the file",
        "phone" => "Phone call",
        "letter" => "Letter",
        "visit" => "Visit",
        "email" => "Email",
        "meeting" => "Meeting",
        _ => kind,
    };

    public static string Title(CaseNoteView note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var title = $"{Kind(note.Kind)} (entry {note.Id})";
        return note.With is { Length: > 0 } with ? $"{Kind(note.Kind)} with {with} (entry {note.Id})" : title;
    }

    /// <summary>What the timeline says besides the text: sharing and corrections.</summary>
    public static IEnumerable<string> Remarks(CaseNoteView note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.SharedWithPanel)
        {
            yield return "Shared with the panel";
        }

        if (note.Corrects is { } corrects)
        {
            yield return $"Corrects entry {corrects}";
        }

        if (note.CorrectedBy is { } by)
        {
            yield return $"Corrected by entry {by}";
        }
    }
}
