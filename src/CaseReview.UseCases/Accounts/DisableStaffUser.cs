using System.Text.Json.Serialization;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// An administrator disables an account: the person can no longer sign in and their tokens stop working at once.
/// The account is kept so the audit trail still names what they did. Nobody can disable their own account,
/// which also means the last administrator cannot be disabled.
/// </summary>
[Callers(Callers.Administrators, "disable staff accounts")]
public sealed record DisableStaffUserCommand : ICommand<StaffAccount>
{
    [JsonIgnore]
    public string UserId { get; init; } = string.Empty;
}

public sealed class DisableStaffUserHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<DisableStaffUserCommand, StaffAccount>
{
    public async ValueTask<StaffAccount> Handle(DisableStaffUserCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException($"There is no staff account with the id {command.UserId}.");
        if (command.UserId == user.UserId)
        {
            throw new ConflictException("You cannot disable your own account: ask another administrator.");
        }

        if (account.Roles.Contains(Roles.Administrator) && !account.Disabled && await accounts.CountActiveAdministratorsAsync(cancellationToken) <= 1)
        {
            throw new ConflictException("This is the last active administrator account, so it cannot be disabled.");
        }

        var disabled = await accounts.SetDisabledAsync(command.UserId, true, cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.disabled", null, AccountRules.Detail(disabled)));
        await db.SaveChangesAsync(cancellationToken);
        return disabled;
    }
}
