using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// An administrator restricts processing of one case (UK GDPR Article 18) on one of the four grounds, with a reason:
/// the data is then stored but not processed until the restriction is lifted. The applicant is told.
/// </summary>
[Callers(Callers.Administrators, "restrict processing of a case")]
public sealed record RestrictProcessingCommand(string? Ground, string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    public const string AuditAction = "case.processing-restricted";

    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    bool IProcessesCase.ChangesRestriction => true;
}

public sealed class RestrictProcessingValidator : AbstractValidator<RestrictProcessingCommand>
{
    public RestrictProcessingValidator()
    {
        RuleFor(x => x.Ground).Must(g => RestrictionGrounds.Parse(g) is not null)
            .WithMessage($"Choose the ground for restricting processing: {string.Join(", ", RestrictionGrounds.Names)}");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter why processing is restricted, for example who asked and how")
            .MaximumLength(CaseApplication.RestrictionReasonLength).WithMessage($"The reason must be {CaseApplication.RestrictionReasonLength} characters or fewer");
    }
}

public sealed class RestrictProcessingHandler(CaseActionRunner runner, CaseEmails emails) : ICommandHandler<RestrictProcessingCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RestrictProcessingCommand command, CancellationToken cancellationToken)
    {
        var ground = RestrictionGrounds.Parse(command.Ground)!.Value;
        return await runner.RunAsync(
            command,
            CaseChange.Edit(RestrictProcessingCommand.AuditAction, async (c, ctx) =>
            {
                c.RestrictProcessing(ground, command.Reason!, ctx);
                await emails.QueueRestrictionAsync(c, cancellationToken);
            }) with
            { AuditDetail = $"ground={RestrictionGrounds.Name(ground)}" },
            cancellationToken);
    }
}
