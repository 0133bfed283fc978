using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Tracking;

/// <summary>The applicant asks for an appeal themselves, with their tracking code, while the appeal window is open.</summary>
[Callers(Callers.Anyone)]
public sealed record AppealByTrackingCodeCommand(string? Grounds) : ICommand<TrackingView>, ITrackingCommand
{
    [JsonIgnore]
    public string TrackingCode { get; init; } = string.Empty;
}

public sealed class AppealByTrackingCodeValidator : AbstractValidator<AppealByTrackingCodeCommand>
{
    public AppealByTrackingCodeValidator() =>
        RuleFor(x => x.Grounds).Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage("Tell us why you are asking for an appeal").MaximumLength(4000);
}

public sealed class AppealByTrackingCodeHandler(ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock, IMediator mediator, CaseEmails emails)
    : ICommandHandler<AppealByTrackingCodeCommand, TrackingView>
{
    public async ValueTask<TrackingView> Handle(AppealByTrackingCodeCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Deadlines).Include(a => a.History)
            .FirstOrDefaultAsync(a => a.TrackingCode == command.TrackingCode, cancellationToken)
            ?? throw new NotFoundException("We could not find an application with that tracking code.");
        var now = clock.GetUtcNow().UtcDateTime;
        application.RequestAppeal(command.Grounds!.Trim(), new ActionContext(Actor.Applicant, now, planner));
        await emails.QueueForActionAsync(Domain.Workflow.CaseAction.Appeal, application, cancellationToken);
        db.AuditEntries.Add(new AuditEntry(now, Actor.Applicant.Id, Actor.Applicant.DisplayName, "case.appeal", application.Reference, "by tracking code", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new TrackApplicationQuery(command.TrackingCode), cancellationToken);
    }
}
