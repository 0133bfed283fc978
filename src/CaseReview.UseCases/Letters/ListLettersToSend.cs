using CaseReview.Domain.Applications;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Letters;

/// <summary>
/// The letters to post and the calls to make, oldest first: one for each notice an applicant who asked for post or
/// phone has been given and nobody has yet marked done. It names applicants, so each listing is audited.
/// </summary>
[Callers(Callers.Caseworkers, "see the letters to send")]
public sealed record ListLettersToSendQuery : IQuery<IReadOnlyList<LetterToSend>>;

/// <summary>A letter to post (to <see cref="Address"/>) or a call to make (to <see cref="Phone"/>), with the same words.</summary>
public sealed record LetterToSend(
    long Id, string Reference, string Notice, string NoticeWords, LetterDelivery Delivery, DateTime DueSince, string ApplicantName, IReadOnlyList<string> Address, string? Phone);

public sealed class ListLettersToSendHandler(ICaseReviewDb db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListLettersToSendQuery, IReadOnlyList<LetterToSend>>
{
    public async ValueTask<IReadOnlyList<LetterToSend>> Handle(ListLettersToSendQuery query, CancellationToken cancellationToken)
    {
        var due = await db.LetterTasks.AsNoTracking()
            .Where(t => t.DoneAt == null)
            .Join(db.Applications, t => t.CaseReference, a => a.Reference, (t, a) => new { Task = t, a.Applicant, a.RestrictedAt })
            // A restricted case's letters wait until the restriction is lifted (Article 18).
            .Where(d => d.RestrictedAt == null)
            .ToListAsync(cancellationToken);

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "letters.listed", null, $"count={due.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return [.. due.OrderBy(d => d.Task.DueSince).ThenBy(d => d.Task.Id).Select(d => View(d.Task, d.Applicant))];
    }

    private static LetterToSend View(LetterTask task, Applicant applicant) => new(
        task.Id,
        task.CaseReference,
        LetterNotices.Slug(task.Notice),
        LetterNotices.Words(task.Notice),
        task.Delivery,
        task.DueSince,
        applicant.Name,
        [.. LetterComposer.Lines(applicant.Address), .. LetterComposer.Lines(applicant.Postcode?.ToUpperInvariant())],
        applicant.Phone);
}
