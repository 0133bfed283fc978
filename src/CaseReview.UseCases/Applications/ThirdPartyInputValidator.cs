using CaseReview.Domain.Calendar;
using FluentValidation;

namespace CaseReview.UseCases.Applications;

public sealed class ThirdPartyInputValidator : AbstractValidator<ThirdPartyInput>
{
    public ThirdPartyInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.Relationship).NotEmpty().WithMessage("Enter how you know the person, like 'daughter' or 'local councillor'").MaximumLength(200);
        RuleFor(x => x.VictimConsent).Equal(true).WithMessage("You can only apply for someone else if they agree. Confirm that they agree");
        RuleFor(x => x.ConsentHow).NotNull().WithMessage("Select how they told you they agree");
        RuleFor(x => x.ConsentGivenOn).NotNull().WithMessage("Enter the date they told you they agree")
            .Must(d => d is null || d <= WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime)).WithMessage("The date they agreed must be today or in the past");
    }
}
