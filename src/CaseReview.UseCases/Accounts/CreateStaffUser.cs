using CaseReview.Domain.Audit;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Accounts;

/// <summary>An administrator creates a staff account. Panel members and chairs belong to an agency.</summary>
public sealed record CreateStaffUserCommand(string? Email, string? Password, IReadOnlyList<string>? Roles, string? Agency) : ICommand<StaffUserCreated>, IStaffAccess;

public sealed record StaffUserCreated(string Id, string Email, IReadOnlyList<string> Roles, string? Agency);

public sealed class CreateStaffUserValidator : AbstractValidator<CreateStaffUserCommand>
{
    public CreateStaffUserValidator(ICaseReviewDb db, IStaffAccounts accounts)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter the person's email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MustAsync(async (email, ct) => !await accounts.EmailInUseAsync(email!, ct)).WithMessage("An account with this email address already exists");
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter a password");
        AccountRules.ForAccess(this, db);
    }
}

public sealed class CreateStaffUserHandler(IStaffAccounts accounts, ICaseReviewDb db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateStaffUserCommand, StaffUserCreated>
{
    public async ValueTask<StaffUserCreated> Handle(CreateStaffUserCommand command, CancellationToken cancellationToken)
    {
        user.DemandAdministrator("create accounts");

        var (created, passwordErrors) = await accounts.CreateAsync(command.Email!.Trim(), command.Password!, [.. command.Roles!.Distinct()], command.Agency, cancellationToken);
        if (created is null)
        {
            throw new ValidationException([.. passwordErrors.Select(e => new FluentValidation.Results.ValidationFailure(nameof(command.Password), e))]);
        }

        db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "account.created", null, $"user={created.UserId};roles={string.Join(',', created.Roles)}"));
        await db.SaveChangesAsync(cancellationToken);
        return new StaffUserCreated(created.UserId, created.Email, created.Roles, created.Agency);
    }
}
