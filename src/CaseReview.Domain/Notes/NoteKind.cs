namespace CaseReview.Domain.Notes;

/// <summary>What a case note records: a note for the file, or a contact with someone and how it was made.</summary>
public enum NoteKind
{
    /// <summary>A note for the file, with nobody in particular.</summary>
    Note,

    /// <summary>A phone call.</summary>
    Phone,

    /// <summary>A letter sent or received.</summary>
    Letter,

    /// <summary>A visit (home, site or office).</summary>
    Visit,

    /// <summary>An email sent or received.</summary>
    Email,

    /// <summary>A meeting.</summary>
    Meeting,
}
