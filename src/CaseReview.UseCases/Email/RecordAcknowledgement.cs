using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Email;

/// <summary>The acknowledgement email was sent: the acknowledgement stage of the case is done (on the send time).</summary>
[Callers(Callers.BackgroundJobs)]
public sealed record RecordAcknowledgementCommand(string Reference, DateTime SentAtUtc) : ICommand<bool>;

public sealed class RecordAcknowledgementHandler(ICaseReviewDb db, DeadlinePlanner planner) : ICommandHandler<RecordAcknowledgementCommand, bool>
{
    public async ValueTask<bool> Handle(RecordAcknowledgementCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Deadlines).Include(a => a.History)
            .FirstOrDefaultAsync(a => a.Reference == command.Reference, cancellationToken);
        if (application?.OpenDeadline(Stage.Acknowledge) is null)
        {
            return false;
        }

        application.RecordAcknowledgement("Acknowledgement emailed to the applicant", new ActionContext(Actor.System, command.SentAtUtc, planner));
        db.AuditEntries.Add(new AuditEntry(command.SentAtUtc, Actor.System.Id, Actor.System.DisplayName, "case.acknowledge", application.Reference, "by email", null));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
