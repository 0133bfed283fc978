using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// An administrator creates a staff account. Panel members and chairs belong to an agency. Without a password,
/// the person is emailed an invitation to set their own (the usual way); with one, the administrator passes it on.
/// </summary>
[Callers(Callers.Administrators, "create accounts")]
public sealed record CreateStaffUserCommand(string? Email, string? Password, IReadOnlyList<string>? Roles, string? Agency, string? Name = null) : ICommand<StaffUserCreated>, IStaffAccess;

/// <summary>The new account; <see cref="Invited"/> says an invitation email was queued to it.</summary>
public sealed record StaffUserCreated(string Id, string Email, IReadOnlyList<string> Roles, string? Agency, bool Invited = false, string? Name = null);

public sealed class CreateStaffUserValidator : AbstractValidator<CreateStaffUserCommand>
{
    public CreateStaffUserValidator(ICaseReviewDb db, IStaffAccounts accounts)
    {
        // Stop at the first failure: a missing address must not reach the lookup, which throws on null.
        RuleFor(x => x.Email).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Enter the person's email address")
            .Mailbox().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MustAsync(async (email, ct) => !await accounts.EmailInUseAsync(email!, ct)).WithMessage("An account with this email address already exists");
        AccountRules.ForAccess(this, db);
    }
}

public sealed class CreateStaffUserHandler(IStaffAccounts accounts, PasswordLinks links, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateStaffUserCommand, StaffUserCreated>
{
    public async ValueTask<StaffUserCreated> Handle(CreateStaffUserCommand command, CancellationToken cancellationToken)
    {

        var invite = string.IsNullOrEmpty(command.Password);
        var (created, passwordErrors) = await accounts.CreateAsync(command.Email!.Trim(), invite ? null : command.Password, [.. command.Roles!.Distinct()], await AccountRules.AgencyIdAsync(db, command.Agency, cancellationToken), AccountRules.CleanName(command.Name), cancellationToken);
        if (created is null)
        {
            throw new ValidationException([.. passwordErrors.Select(e => new FluentValidation.Results.ValidationFailure(nameof(command.Password), e))]);
        }

        if (invite)
        {
            await links.QueueAsync(created.UserId, created.Email, PasswordLinkSettings.Invitation, cancellationToken);
        }

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.created", null, $"user={created.UserId};roles={string.Join(',', created.Roles)}{(invite ? ";invited" : string.Empty)}"));
        await db.SaveChangesAsync(cancellationToken);
        var agency = created.AgencyId is { } id ? await db.Agencies.Where(a => a.Id == id).Select(a => a.Name).FirstAsync(cancellationToken) : null;
        return new StaffUserCreated(created.UserId, created.Email, created.Roles, agency, invite, AccountRules.CleanName(command.Name));
    }
}
