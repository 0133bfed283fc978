using CaseReview.UseCases.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Accounts;

internal static class AccountRules
{
    public static void ForAccess<T>(AbstractValidator<T> validator, ICaseReviewDb db)
        where T : IStaffAccess
    {
        validator.RuleFor(x => x.Name).MaximumLength(200).WithMessage("Enter a name of 200 characters or fewer");
        validator.RuleFor(x => x.Roles).NotEmpty().WithMessage("Choose at least one role")
            .Must(r => r is null || r.Count <= Common.Roles.All.Count).WithMessage($"Choose no more than {Common.Roles.All.Count} roles");
        validator.RuleForEach(x => x.Roles).Must(r => Common.Roles.All.Contains(r)).WithMessage(_ => $"Choose roles from: {string.Join(", ", Common.Roles.All)}")
            .When(x => x.Roles is null || x.Roles.Count <= Common.Roles.All.Count);
        validator.RuleFor(x => x.Agency).NotEmpty().WithMessage("Panel members and chairs must belong to an agency")
            .When(x => x.Roles is not null && x.Roles.Any(Common.Roles.Panel.Contains));
        validator.RuleFor(x => x.Agency).MustAsync(async (name, ct) => await db.Agencies.AnyAsync(a => a.Name == name && a.Active, ct))
            .WithMessage(x => $"There is no active agency called '{x.Agency}'")
            .When(x => !string.IsNullOrWhiteSpace(x.Agency));
    }

    /// <summary>The id of the agency named (as registered, capitals ignored); none when no agency is named.</summary>
    public static async Task<int?> AgencyIdAsync(ICaseReviewDb db, string? name, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(name) ? null
        : await db.Agencies.Where(a => a.Name == name.Trim()).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The validator lets only registered agencies through.");

    /// <summary>A name as stored: trimmed, and none when blank.</summary>
    public static string? CleanName(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim();

    public static string Detail(StaffAccount a) => $"user={a.Id};roles={string.Join(',', a.Roles)};agency={a.Agency};disabled={a.Disabled}";
}
