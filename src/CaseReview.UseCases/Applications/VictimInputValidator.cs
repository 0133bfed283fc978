using CaseReview.UseCases.Common;
using FluentValidation;

namespace CaseReview.UseCases.Applications;

public sealed class VictimInputValidator : AbstractValidator<VictimInput>
{
    public VictimInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the full name of the person you are applying for").MaximumLength(200);
        RuleFor(x => x.Address).NotEmpty().WithMessage("Enter their address").MaximumLength(500);
        RuleFor(x => x.Postcode).NotEmpty().WithMessage("Enter their postcode")
            .Matches(ApplicantInputValidator.PostcodePattern).WithMessage("Enter a real postcode, like B98 8AH");
        RuleFor(x => x.AgreesToContact).NotNull().WithMessage("Select whether they agree that we contact them");
        RuleFor(x => x.Email).Mailbox().WithMessage("Enter their email address in the correct format, like name@example.com")
            .MaximumLength(254).When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Phone).Matches(ApplicantInputValidator.PhonePattern).WithMessage("Enter their phone number, like 01632 960 001 or 07700 900 982")
            .When(x => !string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter their email address or phone number, so we can contact them")
            .When(x => x.AgreesToContact == true && string.IsNullOrWhiteSpace(x.Phone));
        RuleFor(x => x.Email).Empty().WithMessage("Leave their email address out: they have not agreed that we contact them")
            .When(x => x.AgreesToContact == false);
        RuleFor(x => x.Phone).Empty().WithMessage("Leave their phone number out: they have not agreed that we contact them")
            .When(x => x.AgreesToContact == false);
    }
}
