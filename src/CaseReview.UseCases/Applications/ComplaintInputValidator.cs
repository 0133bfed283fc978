using CaseReview.Domain.Calendar;
using FluentValidation;

namespace CaseReview.UseCases.Applications;

public sealed class ComplaintInputValidator : AbstractValidator<ComplaintInput>
{
    public ComplaintInputValidator(TimeProvider clock)
    {
        RuleFor(x => x.IncidentDate).NotNull().WithMessage("Enter the date the incident happened")
            .Must(d => d <= Today(clock)).WithMessage("The date the incident happened must be today or in the past");
        RuleFor(x => x.ReportedDate).NotNull().WithMessage("Enter the date you reported it")
            .Must(d => d <= Today(clock)).WithMessage("The date you reported it must be today or in the past");
        RuleFor(x => x.ReportedDate).Must((c, reported) => reported >= c.IncidentDate)
            .When(x => x.IncidentDate is not null && x.ReportedDate is not null)
            .WithMessage("The date you reported it must be the same as or after the date it happened");
        RuleFor(x => x.Agency).NotEmpty().WithMessage("Enter who you reported it to, like the police or the council").MaximumLength(100);
        RuleFor(x => x.AgencyReference).MaximumLength(100);
        RuleFor(x => x.Summary).MaximumLength(2000);
    }

    private static DateOnly Today(TimeProvider clock) => WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime);
}
