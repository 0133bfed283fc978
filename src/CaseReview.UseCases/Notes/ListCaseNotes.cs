using CaseReview.Domain.Notes;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Notes;

/// <summary>
/// A case's notes and contact log, newest first (by when it happened, then by when it was written). Officers see
/// every entry; panel members and chairs who may see the case only those shared with the panel; an appeal reviewer
/// none (the contact log is the lead body's and the panel's, not what an appeal is decided on). Reading is audited.
/// </summary>
[Callers(Callers.Staff, "see case notes")]
public sealed record ListCaseNotesQuery(string Reference) : IQuery<IReadOnlyList<CaseNoteView>>;

public sealed class ListCaseNotesHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListCaseNotesQuery, IReadOnlyList<CaseNoteView>>
{
    public async ValueTask<IReadOnlyList<CaseNoteView>> Handle(ListCaseNotesQuery query, CancellationToken cancellationToken)
    {
        var applicationId = await access.Visible().Where(a => a.Reference == query.Reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no case with the reference {query.Reference}.");
        var caseworker = user.IsCaseworker();
        var panel = user.IsPanelMember();
        var notes = await db.CaseNotes.AsNoTracking()
            .Where(n => n.ApplicationId == applicationId && (caseworker || (panel && n.SharedWithPanel)))
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        db.AuditEntries.Add(user.Audit(now, "case.notes-viewed", query.Reference, $"entries={notes.Count}"));
        await db.SaveChangesAsync(cancellationToken);

        // Only corrections the caller may see mark an entry as corrected.
        var latestCorrection = notes.Where(n => n.CorrectsId is not null).GroupBy(n => n.CorrectsId!.Value).ToDictionary(g => g.Key, g => g.Max(n => n.Id));
        return [.. notes.OrderByDescending(n => n.At).ThenByDescending(n => n.Id)
            .Select(n => ViewOf(n, latestCorrection.TryGetValue(n.Id, out var by) ? by : null))];
    }

    internal static CaseNoteView ViewOf(CaseNote n, long? correctedBy) =>
        new(n.Id, NoteKinds.Name(n.Kind), n.Text, n.With, n.At, n.SharedWithPanel, n.CorrectsId, correctedBy, n.WrittenByName, n.WrittenAt);
}
