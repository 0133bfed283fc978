using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// An administrator lifts a restriction of processing, with a reason: the case can be worked on again. The applicant
/// is told (UK GDPR Article 18(3)).
/// </summary>
[Callers(Callers.Administrators, "lift a restriction of processing")]
public sealed record LiftRestrictionCommand(string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    public const string AuditAction = "case.restriction-lifted";

    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    bool IProcessesCase.ChangesRestriction => true;
}

public sealed class LiftRestrictionValidator : AbstractValidator<LiftRestrictionCommand>
{
    public LiftRestrictionValidator() =>
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter why the restriction is lifted, for example the accuracy was checked")
            .MaximumLength(CaseApplication.RestrictionReasonLength).WithMessage($"The reason must be {CaseApplication.RestrictionReasonLength} characters or fewer");
}

public sealed class LiftRestrictionHandler(CaseActionRunner runner, CaseEmails emails) : ICommandHandler<LiftRestrictionCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(LiftRestrictionCommand command, CancellationToken cancellationToken)
    {
        // The audit line names the ground that was lifted, never the reason (free text stays in the case's history).
        string? ground = null;
        return await runner.RunAsync(
            command,
            CaseChange.Edit(LiftRestrictionCommand.AuditAction, async (c, ctx) =>
            {
                ground = c.RestrictionGround is { } g ? RestrictionGrounds.Name(g) : null;
                c.LiftRestriction(command.Reason!, ctx);
                await emails.QueueRestrictionAsync(c, cancellationToken);
            }) with
            { AuditDetailAfter = () => $"ground={ground}" },
            cancellationToken);
    }
}
