using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// An officer corrects a detail the case holds, with a reason (UK GDPR Article 16): the applicant's or victim's name or
/// contact details, where and what is happening, how it affects them, or a complaint's summary or reference. The old
/// value is kept for caseworkers; the match keys and search texts follow the new one.
/// </summary>
[Callers(Callers.Caseworkers, "correct a case's details")]
public sealed record CorrectDetailCommand(string? Field, string? Value, string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    public const string AuditAction = "case.detail-corrected";

    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class CorrectDetailValidator : AbstractValidator<CorrectDetailCommand>
{
    public CorrectDetailValidator()
    {
        RuleFor(x => x.Field).NotEmpty().WithMessage("Choose the detail to correct");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter why the detail is being corrected, for example who asked and how")
            .MaximumLength(DetailCorrection.ReasonLength).WithMessage($"The reason must be {DetailCorrection.ReasonLength} characters or fewer");
        RuleFor(x => x.Value).Mailbox().WithMessage("Enter an email address in the correct format, like name@example.com")
            .When(x => FormatOf(x.Field) == DetailFormat.Email && !string.IsNullOrWhiteSpace(x.Value));
        RuleFor(x => x.Value).Matches(ApplicantInputValidator.PhonePattern).WithMessage("Enter a telephone number, like 01632 960 001 or 07700 900 982")
            .When(x => FormatOf(x.Field) == DetailFormat.Phone && !string.IsNullOrWhiteSpace(x.Value));
        RuleFor(x => x.Value).Matches(ApplicantInputValidator.PostcodePattern).WithMessage("Enter a real postcode, like B98 8AH")
            .When(x => FormatOf(x.Field) == DetailFormat.Postcode && !string.IsNullOrWhiteSpace(x.Value));
    }

    private static DetailFormat? FormatOf(string? field) => CaseApplication.CaseDetails.FirstOrDefault(d => d.Field == field)?.Format;
}

public sealed class CorrectDetailHandler(CaseActionRunner runner) : ICommandHandler<CorrectDetailCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(CorrectDetailCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(
            command,
            CaseChange.Edit(CorrectDetailCommand.AuditAction, (c, ctx) => c.Correct(command.Field!, command.Value, command.Reason!, ctx))
                with
            { AuditDetail = $"field={command.Field}" },
            cancellationToken);
}
