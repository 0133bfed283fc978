using System.Text.Json.Serialization;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// Erasure on request (UK GDPR Article 17), where the council has decided the law allows it: one closed or withdrawn
/// case is anonymised now, through the same code as the retention schedule. An open case is refused (409).
/// </summary>
[Callers(Callers.Administrators, "erase a case's personal data")]
public sealed record EraseCaseCommand(string? Reason) : ICommand<CaseDetail>, ICaseCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class EraseCaseValidator : AbstractValidator<EraseCaseCommand>
{
    public EraseCaseValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the law allows the erasure (for example the Article 17 ground and who decided)")
            .MaximumLength(500).WithMessage("Keep the reason to 500 characters");
    }
}

public sealed class EraseCaseHandler(CaseAccess access, RetentionRun retention, ICaseReviewDb db, ICurrentUser user, DeadlinePlanner planner, TimeProvider clock)
    : ICommandHandler<EraseCaseCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(EraseCaseCommand command, CancellationToken cancellationToken)
    {
        var application = await access.LoadAsync(command.Reference, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var context = new Domain.Applications.ActionContext(user.ToActor(), now, planner);
        // An open case is refused by the aggregate (409, with the case's status).
        await retention.AnonymiseAsync(application, $"Personal data erased on request: {command.Reason!.Trim()}", context, cancellationToken);

        db.AuditEntries.Add(user.Audit(now, RetentionRun.CaseAuditAction, application.Reference, "erasure on request"));
        await db.SaveChangesAsync(cancellationToken);
        return CaseDetail.From(application, now, planner, access);
    }
}
