using CaseReview.UseCases.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Accounts;

/// <summary>The roles and agency an account is given: shared by creating an account and changing its access.</summary>
public interface IStaffAccess
{
    IReadOnlyList<string>? Roles { get; }
    string? Agency { get; }
}

internal static class AccountRules
{
    public static void ForAccess<T>(AbstractValidator<T> validator, ICaseReviewDb db)
        where T : IStaffAccess
    {
        validator.RuleFor(x => x.Roles).NotEmpty().WithMessage("Choose at least one role");
        validator.RuleForEach(x => x.Roles).Must(r => Common.Roles.All.Contains(r)).WithMessage(_ => $"Choose roles from: {string.Join(", ", Common.Roles.All)}");
        validator.RuleFor(x => x.Agency).NotEmpty().WithMessage("Panel members and chairs must belong to an agency")
            .When(x => x.Roles is not null && (x.Roles.Contains(Common.Roles.PanelMember) || x.Roles.Contains(Common.Roles.Chair)));
        validator.RuleFor(x => x.Agency).MustAsync(async (name, ct) => await db.Agencies.AnyAsync(a => a.Name == name && a.Active, ct))
            .WithMessage(x => $"There is no active agency called '{x.Agency}'")
            .When(x => !string.IsNullOrWhiteSpace(x.Agency));
    }

    public static string Detail(StaffAccount a) => $"user={a.Id};roles={string.Join(',', a.Roles)};agency={a.Agency};disabled={a.Disabled}";
}
