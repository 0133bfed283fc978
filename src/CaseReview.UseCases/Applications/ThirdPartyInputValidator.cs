using FluentValidation;

namespace CaseReview.UseCases.Applications;

public sealed class ThirdPartyInputValidator : AbstractValidator<ThirdPartyInput>
{
    public ThirdPartyInputValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the name of the person applying on the victim's behalf").MaximumLength(200);
        RuleFor(x => x.Relationship).NotEmpty().WithMessage("Enter your relationship to the victim, like 'daughter' or 'local councillor'").MaximumLength(200);
        RuleFor(x => x.VictimConsent).Equal(true).WithMessage("You can only apply for someone else with their consent. Confirm that the victim agrees");
    }
}
