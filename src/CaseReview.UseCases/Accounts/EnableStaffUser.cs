using System.Text.Json.Serialization;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>An administrator enables a disabled account again; this also lifts a lockout after failed sign-ins.</summary>
[Callers(Callers.Administrators, "enable staff accounts")]
public sealed record EnableStaffUserCommand : ICommand<StaffAccount>
{
    [JsonIgnore]
    public string UserId { get; init; } = string.Empty;
}

public sealed class EnableStaffUserHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EnableStaffUserCommand, StaffAccount>
{
    public async ValueTask<StaffAccount> Handle(EnableStaffUserCommand command, CancellationToken cancellationToken)
    {
        _ = await accounts.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException($"There is no staff account with the id {command.UserId}.");
        var enabled = await accounts.SetDisabledAsync(command.UserId, false, cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.enabled", null, AccountRules.Detail(enabled)));
        await db.SaveChangesAsync(cancellationToken);
        return enabled;
    }
}
