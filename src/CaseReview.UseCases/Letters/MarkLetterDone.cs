using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Letters;

/// <summary>
/// An officer marks a letter as posted, or a call as made; it leaves the list, and the audit trail says who and when.
/// The acknowledgement letter posted (or read out) acknowledges the application, as the sent email does for others.
/// </summary>
[Callers(Callers.Caseworkers, "mark letters as sent")]
public sealed record MarkLetterDoneCommand(long Id, LetterDelivery How) : ICommand<LetterDone>, IProcessesCase
{
    IQueryable<CaseApplication> IProcessesCase.CaseProcessed(Cases.CaseAccess access, ICaseReviewDb db) =>
        access.Visible().Where(a => db.LetterTasks.Any(t => t.Id == Id && t.CaseReference == a.Reference));
}

/// <summary>The letter or call marked done, and by whom.</summary>
public sealed record LetterDone(long Id, string Reference, string Notice, LetterDelivery Delivery, DateTime DoneAt, string DoneBy);

public sealed class MarkLetterDoneHandler(ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock) : ICommandHandler<MarkLetterDoneCommand, LetterDone>
{
    public async ValueTask<LetterDone> Handle(MarkLetterDoneCommand command, CancellationToken cancellationToken)
    {
        var task = await db.LetterTasks.FindAsync([command.Id], cancellationToken)
            ?? throw new NotFoundException($"There is no letter to send with the id {command.Id}.");
        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.ToActor();
        task.MarkDone(command.How, now, actor.Id, actor.DisplayName);
        var action = command.How == LetterDelivery.Post ? "letter.posted" : "letter.called";
        db.AuditEntries.Add(user.Audit(now, action, task.CaseReference, $"letter={task.Id}; notice={LetterNotices.Slug(task.Notice)}"));

        if (task.Notice == LetterNotice.Acknowledgement)
        {
            var application = await db.Applications.Include(a => a.Deadlines).Include(a => a.History)
                .FirstOrDefaultAsync(a => a.Reference == task.CaseReference, cancellationToken);
            application?.RecordAcknowledgement(
                command.How == LetterDelivery.Post ? "Acknowledgement letter posted to the applicant" : "Acknowledgement read out to the applicant by phone",
                new ActionContext(actor, now, planner));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new LetterDone(task.Id, task.CaseReference, LetterNotices.Slug(task.Notice), task.Delivery, now, actor.DisplayName);
    }
}
