using CaseReview.Domain.Applications;

namespace CaseReview.Domain.Notes;

/// <summary>
/// One entry in a case's notes and contact log. Entries are never edited or removed: a correction is a new entry
/// that names the one it corrects (<see cref="CorrectsId"/>), so what was written first stays as it was. The one
/// exception is the retention schedule (or an erasure on request): <see cref="Anonymise"/> removes the words.
/// </summary>
public sealed class CaseNote
{
    /// <summary>The longest text an entry may hold.</summary>
    public const int TextLength = 10000;

    /// <summary>The longest "with whom".</summary>
    public const int WithLength = 200;

    private CaseNote() { Text = string.Empty; WrittenById = string.Empty; WrittenByName = string.Empty; }

    public CaseNote(Guid applicationId, NoteKind kind, string text, string? with, DateTime atUtc, bool sharedWithPanel, long? correctsId, Actor author, DateTime writtenAtUtc)
    {
        ArgumentNullException.ThrowIfNull(author);
        ApplicationId = applicationId;
        Kind = kind;
        Text = text;
        With = with;
        At = atUtc;
        SharedWithPanel = sharedWithPanel;
        CorrectsId = correctsId;
        WrittenById = author.Id;
        WrittenByName = author.DisplayName;
        WrittenAt = writtenAtUtc;
    }

    public long Id { get; private set; }

    /// <summary>The case the entry belongs to.</summary>
    public Guid ApplicationId { get; private set; }

    public NoteKind Kind { get; private set; }

    /// <summary>What was said, done or agreed.</summary>
    public string Text { get; private set; }

    /// <summary>Whom the contact was with; none for a note for the file.</summary>
    public string? With { get; private set; }

    /// <summary>When the contact happened (UTC), which may be earlier than when it was written down.</summary>
    public DateTime At { get; private set; }

    /// <summary>Panel members and chairs of the case see only entries an officer shared with the panel.</summary>
    public bool SharedWithPanel { get; private set; }

    /// <summary>The earlier entry of the same case this one corrects, if it is a correction.</summary>
    public long? CorrectsId { get; private set; }

    public string WrittenById { get; private set; }

    public string WrittenByName { get; private set; }

    /// <summary>When the entry was written (UTC).</summary>
    public DateTime WrittenAt { get; private set; }

    /// <summary>With its case: what was said and with whom go; the kind, the dates and who wrote it stay.</summary>
    public void Anonymise()
    {
        Text = CaseApplication.AnonymisedText;
        With = With is null ? null : CaseApplication.AnonymisedText;
    }
}
