using System.Text.Json.Serialization;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Notes;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Notes;

/// <summary>
/// An officer adds an entry to a case's notes and contact log: a note for the file, or a phone call, letter, visit,
/// email or meeting with someone. Entries are never changed: a correction is a new entry naming the one it corrects.
/// </summary>
[Callers(Callers.Caseworkers, "add case notes")]
public sealed record AddCaseNoteCommand(string? Kind, string? Text, string? With, DateTime? At, bool SharedWithPanel, long? Corrects) : ICommand<CaseNoteView>, ICaseCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    /// <summary>
    /// When it happened, as an instant: with an offset (or <c>Z</c>) as given; without one, UK time. Null when left out
    /// or when that UK time does not exist (the hour the clocks go forward).
    /// </summary>
    public DateTime? AtUtc() => At switch
    {
        null => null,
        { Kind: DateTimeKind.Utc } at => at,
        { Kind: DateTimeKind.Local } at => at.ToUniversalTime(),
        { } at when WorkingDayCalendar.London.IsInvalidTime(at) => null,
        { } at => TimeZoneInfo.ConvertTimeToUtc(at, WorkingDayCalendar.London),
    };
}

public sealed class AddCaseNoteValidator : AbstractValidator<AddCaseNoteCommand>
{
    public AddCaseNoteValidator(TimeProvider clock)
    {
        RuleFor(x => x.Kind).NotEmpty().WithMessage("Choose what kind of entry this is")
            .Must(k => NoteKinds.Parse(k) is not null).WithMessage($"Choose what kind of entry this is: {string.Join(", ", NoteKinds.Names)}")
            .When(x => !string.IsNullOrWhiteSpace(x.Kind), ApplyConditionTo.CurrentValidator);
        RuleFor(x => x.Text).NotEmpty().WithMessage("Enter what was said, done or agreed")
            .MaximumLength(CaseNote.TextLength).WithMessage($"The note must be {CaseNote.TextLength} characters or fewer");
        RuleFor(x => x.With).NotEmpty().WithMessage("Enter who the contact was with")
            .When(x => NoteKinds.Parse(x.Kind) is { } kind && kind != NoteKind.Note);
        RuleFor(x => x.With).MaximumLength(CaseNote.WithLength).WithMessage($"Who the contact was with must be {CaseNote.WithLength} characters or fewer");
        RuleFor(x => x.At).Must((x, _) => x.AtUtc() is not null)
            .WithMessage("That time does not exist in the UK on that day because the clocks go forward. Choose another time")
            .Must((x, _) => x.AtUtc() is not { } at || at <= clock.GetUtcNow().UtcDateTime)
            .WithMessage("When it happened must be now or in the past")
            .When(x => x.At is not null);
        RuleFor(x => x.Corrects).GreaterThan(0).WithMessage("Give the number of the entry this corrects").When(x => x.Corrects is not null);
    }
}

public sealed class AddCaseNoteHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddCaseNoteCommand, CaseNoteView>
{
    public async ValueTask<CaseNoteView> Handle(AddCaseNoteCommand command, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == command.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {command.Reference}.");
        if (command.Corrects is { } earlier
            && !await db.CaseNotes.AnyAsync(n => n.Id == earlier && n.ApplicationId == applicationId, cancellationToken))
        {
            throw new CaseRuleException("corrects", $"This case has no entry {earlier} to correct.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var kind = NoteKinds.Parse(command.Kind)!.Value;
        var with = string.IsNullOrWhiteSpace(command.With) ? null : command.With.Trim();
        var note = new CaseNote(applicationId, kind, command.Text!.Trim(), with, command.AtUtc() ?? now, command.SharedWithPanel, command.Corrects, user.ToActor(), now);
        db.CaseNotes.Add(note);
        await db.SaveChangesAsync(cancellationToken);
        // The id is known once the entry is stored; the audit line names it, not its text (the trail holds no personal data).
        db.AuditEntries.Add(user.Audit(now, "case.note-added", command.Reference, $"note={note.Id} kind={NoteKinds.Name(kind)} shared={note.SharedWithPanel}{(note.CorrectsId is { } c ? $" corrects={c}" : string.Empty)}"));
        await db.SaveChangesAsync(cancellationToken);
        return ListCaseNotesHandler.ViewOf(note, correctedBy: null);
    }
}
