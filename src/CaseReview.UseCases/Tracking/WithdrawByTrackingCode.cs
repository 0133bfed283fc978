using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Tracking;

/// <summary>
/// The applicant withdraws their application themselves, with their tracking code, through the workflow's own
/// <c>withdraw</c> transition: only where the workflow allows it (an ended application is 409). The reason is optional.
/// The applicant is told as for a withdrawal by staff (email, or a letter or call for those who asked for post or
/// phone); the case's history shows it to the officer, and it is audited.
/// </summary>
[Callers(Callers.Anyone)]
public sealed record WithdrawByTrackingCodeCommand(string? Reason) : ICommand<TrackingView>, ITrackingCommand
{
    [JsonIgnore]
    public string TrackingCode { get; init; } = string.Empty;
}

public sealed class WithdrawByTrackingCodeValidator : AbstractValidator<WithdrawByTrackingCodeCommand>
{
    public const int ReasonLength = 2000;

    public WithdrawByTrackingCodeValidator() =>
        RuleFor(x => x.Reason).MaximumLength(ReasonLength).WithMessage($"Tell us why in {ReasonLength} characters or fewer");
}

public sealed class WithdrawByTrackingCodeHandler(ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock, IMediator mediator, CaseEmails emails)
    : ICommandHandler<WithdrawByTrackingCodeCommand, TrackingView>
{
    public async ValueTask<TrackingView> Handle(WithdrawByTrackingCodeCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Deadlines).Include(a => a.History)
            .FirstOrDefaultAsync(a => a.TrackingCode == command.TrackingCode, cancellationToken)
            ?? throw new NotFoundException("We could not find an application with that tracking code.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (!application.AllowedActions(now, planner).Contains(CaseAction.Withdraw))
        {
            throw new CaseStateException(application.Status, "This application has already ended, so it cannot be withdrawn.");
        }

        var reason = string.IsNullOrWhiteSpace(command.Reason)
            ? "Withdrawn by the applicant on the tracking page."
            : $"Withdrawn by the applicant on the tracking page: {command.Reason.Trim()}";
        application.Withdraw(reason, new ActionContext(Actor.Applicant, now, planner));
        await emails.QueueForActionAsync(CaseAction.Withdraw, application, cancellationToken);
        // The tracking code speaks for the applicant, whoever else may be signed in.
        db.AuditEntries.Add(new Domain.Audit.AuditEntry(now, Actor.Applicant.Id, Actor.Applicant.DisplayName, "case.withdraw", application.Reference, "by tracking code", user.IpAddress));
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new TrackApplicationQuery(command.TrackingCode), cancellationToken);
    }
}
