using System.Text.Json.Serialization;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// An officer confirms a complaint against the agency's own records. Not a workflow step: it is allowed while
/// the case is open and the threshold is still to be decided.
/// </summary>
public sealed record VerifyComplaintCommand(int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    [JsonIgnore]
    public int ComplaintId { get; init; }
}

public sealed class VerifyComplaintHandler(CaseAccess access, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : ICommandHandler<VerifyComplaintCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(VerifyComplaintCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsCaseworker())
        {
            throw new ForbiddenException("Only case officers and administrators verify complaints.");
        }

        var application = await access.LoadAsync(command.Reference, cancellationToken);
        if (command.Version is { } expected && expected != application.Version)
        {
            throw new StaleVersionException(expected, application.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.ToActor();
        application.VerifyComplaint(command.ComplaintId, new Domain.Applications.ActionContext(actor, now, planner));
        db.AuditEntries.Add(new AuditEntry(now, actor.Id, actor.DisplayName, "case.complaint-verified", application.Reference, $"complaint={command.ComplaintId}", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return CaseDetail.From(application, now, planner, access);
    }
}
