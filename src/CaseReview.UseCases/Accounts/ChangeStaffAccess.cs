using System.Text.Json.Serialization;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// An administrator sets an account's roles and agency, and its name when one is given (an empty one clears it). The person's existing tokens stop working, so their new
/// access applies from their next sign-in. An administrator cannot take away their own Administrator role.
/// </summary>
[Callers(Callers.Administrators, "change staff accounts")]
public sealed record ChangeStaffAccessCommand(IReadOnlyList<string>? Roles, string? Agency, string? Name = null) : ICommand<StaffAccount>, IStaffAccess
{
    [JsonIgnore]
    public string UserId { get; init; } = string.Empty;
}

public sealed class ChangeStaffAccessValidator : AbstractValidator<ChangeStaffAccessCommand>
{
    public ChangeStaffAccessValidator(ICaseReviewDb db) => AccountRules.ForAccess(this, db);
}

public sealed class ChangeStaffAccessHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeStaffAccessCommand, StaffAccount>
{
    public async ValueTask<StaffAccount> Handle(ChangeStaffAccessCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException($"There is no staff account with the id {command.UserId}.");
        if (command.UserId == user.UserId && !command.Roles!.Contains(Roles.Administrator))
        {
            throw new ConflictException("You cannot take away your own Administrator role: ask another administrator, so the service always has one.");
        }

        var name = command.Name is null ? account.Name : AccountRules.CleanName(command.Name);
        var changed = await accounts.ChangeAccessAsync(command.UserId, [.. command.Roles!.Distinct()], await AccountRules.AgencyIdAsync(db, command.Agency, cancellationToken), name, cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.changed", null, AccountRules.Detail(changed)));
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
