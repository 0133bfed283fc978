using System.Text.Json.Serialization;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// An administrator emails a person a link to set their password: a fresh invitation if they never set one (the
/// first has lapsed or was lost), otherwise a password reset. Their current password keeps working until they use it.
/// </summary>
[Callers(Callers.Administrators, "send links to set a password")]
public sealed record SendPasswordLinkCommand : ICommand<PasswordLinkSent>
{
    [JsonIgnore]
    public string UserId { get; init; } = string.Empty;
}

/// <summary>Which kind of link went to which address, and for how long it works.</summary>
public sealed record PasswordLinkSent(string Email, string Kind, string ValidFor);

public sealed class SendPasswordLinkHandler(IStaffAccounts accounts, PasswordLinks links, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SendPasswordLinkCommand, PasswordLinkSent>
{
    public async ValueTask<PasswordLinkSent> Handle(SendPasswordLinkCommand command, CancellationToken cancellationToken)
    {
        var account = await accounts.FindAsync(command.UserId, cancellationToken) ?? throw new NotFoundException($"There is no staff account with the id {command.UserId}.");
        if (account.Disabled)
        {
            throw new ConflictException("This account is disabled. Enable it before sending a link to set a password.");
        }

        var purpose = PasswordLinks.PurposeFor(account);
        await links.QueueAsync(account.Id, account.Email, purpose, cancellationToken);
        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.password-link-sent", null, $"user={account.Id};kind={purpose}"));
        await db.SaveChangesAsync(cancellationToken);
        return new PasswordLinkSent(account.Email, purpose, links.ValidFor(purpose));
    }
}
