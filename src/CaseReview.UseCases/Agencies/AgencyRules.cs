using CaseReview.Domain.Agencies;
using CaseReview.UseCases.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Agencies;

internal static class AgencyRules
{
    public static void ForDetails<T>(AbstractValidator<T> validator)
        where T : IAgencyDetails
    {
        validator.RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the agency's name").MaximumLength(100);
        validator.RuleFor(x => x.Kind).NotNull().WithMessage("Choose the kind of agency");
        validator.RuleFor(x => x.ContactEmail).Mailbox().WithMessage("Enter the contact mailbox in the correct format, like asb@council.example")
            .MaximumLength(254).When(x => !string.IsNullOrWhiteSpace(x.ContactEmail));
    }

    /// <summary>
    /// The registered name that <paramref name="name"/> would clash with, if any. Names do not depend on capitals
    /// ("police" is "Police"), as everywhere else the product compares them; the database's unique index agrees.
    /// </summary>
    public static async Task<string?> TakenNameAsync(ICaseReviewDb db, string name, int? exceptId, CancellationToken ct)
    {
        var trimmed = name.Trim();
        var names = await db.Agencies.Where(a => exceptId == null || a.Id != exceptId).Select(a => a.Name).ToListAsync(ct);
        return names.FirstOrDefault(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase));
    }

    public static void RefuseTakenName<T>(string name, string? taken, ValidationContext<T> context)
    {
        if (taken is null)
        {
            return;
        }

        context.AddFailure(taken == name.Trim()
            ? $"There is already an agency called '{taken}'"
            : $"There is already an agency called '{taken}'. Agency names do not depend on capital letters");
    }

    public static string? Mailbox(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public static string Detail(Agency a) => $"agency={a.Id};kind={a.Kind};active={a.Active}";

}
