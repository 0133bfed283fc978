using CaseReview.Domain.Applications;
using CaseReview.UseCases.Common;
using FluentValidation;

namespace CaseReview.UseCases.Applications;

public sealed class ApplicantInputValidator : AbstractValidator<ApplicantInput>
{
    // Loose on purpose: the aim is to catch typing slips, not to police the Royal Mail's format.
    public const string PostcodePattern = @"^[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}$";

    /// <summary>Digits and the signs people write phone numbers with.</summary>
    public const string PhonePattern = @"^[0-9+()\s-]{7,20}$";

    public ApplicantInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter your full name").MaximumLength(200);
        RuleFor(x => x.Email).Mailbox().WithMessage("Enter an email address in the correct format, like name@example.com")
            .MaximumLength(254).When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Phone).Matches(PhonePattern).WithMessage("Enter a telephone number, like 01632 960 001 or 07700 900 982")
            .When(x => !string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Address).MaximumLength(500);
        RuleFor(x => x.Postcode).Matches(PostcodePattern).WithMessage("Enter a real postcode, like B98 8AH")
            .When(x => !string.IsNullOrWhiteSpace(x.Postcode));
        RuleFor(x => x.PreferredContact).NotNull().WithMessage("Select how you would like us to contact you");
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address, or choose another way for us to contact you")
            .When(x => x.PreferredContact == PreferredContact.Email);
        RuleFor(x => x.Phone).NotEmpty().WithMessage("Enter your telephone number, or choose another way for us to contact you")
            .When(x => x.PreferredContact == PreferredContact.Phone);
        RuleFor(x => x.Address).NotEmpty().WithMessage("Enter your address, or choose another way for us to contact you")
            .When(x => x.PreferredContact == PreferredContact.Post);
        RuleFor(x => x.AccessNeeds).MaximumLength(1000);
    }
}
