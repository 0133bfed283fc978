using System.Text.Json.Serialization;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Review;

/// <summary>
/// Guidance: the applicant is consulted on the action plan before it is final. An officer records when and how,
/// and what the applicant said, after the review is held and before the outcome is sent.
/// </summary>
[Callers(Callers.Caseworkers, "record the applicant's consultation")]
public sealed record RecordApplicantConsultationCommand(DateOnly? ConsultedOn, string? How, string? Comments, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class RecordApplicantConsultationValidator : AbstractValidator<RecordApplicantConsultationCommand>
{
    public RecordApplicantConsultationValidator()
    {
        RuleFor(x => x.ConsultedOn).NotNull().WithMessage("Enter the date the applicant was consulted");
        RuleFor(x => x.How).NotEmpty().WithMessage("Say how the applicant was consulted, for example by phone").MaximumLength(200);
        RuleFor(x => x.Comments).MaximumLength(4000);
    }
}

public sealed class RecordApplicantConsultationHandler(CaseActionRunner runner) : ICommandHandler<RecordApplicantConsultationCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RecordApplicantConsultationCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(
            command,
            CaseChange.Edit(
                "case.applicant-consulted", (c, ctx) => c.RecordApplicantConsultation(command.ConsultedOn!.Value, command.How!.Trim(), string.IsNullOrWhiteSpace(command.Comments) ? null : command.Comments.Trim(), ctx)),
            cancellationToken);
}
