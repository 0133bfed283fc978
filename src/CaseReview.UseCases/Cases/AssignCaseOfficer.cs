using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>An officer or administrator makes a case officer responsible for a case; deadline reminders then go to them.</summary>
[Callers(Callers.Caseworkers, "assign cases")]
public sealed record AssignCaseOfficerCommand(string? OfficerEmail, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class AssignCaseOfficerValidator : AbstractValidator<AssignCaseOfficerCommand>
{
    public AssignCaseOfficerValidator()
    {
        RuleFor(x => x.OfficerEmail).NotEmpty().WithMessage("Enter the email address of the case officer");
    }
}

public sealed class AssignCaseOfficerHandler(CaseActionRunner runner, IStaffDirectory staff) : ICommandHandler<AssignCaseOfficerCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(AssignCaseOfficerCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(
            command,
            CaseChange.Edit("case.assign-officer", async (c, ctx) =>
            {
                var officer = await staff.FindCaseworkerAsync(command.OfficerEmail!, cancellationToken)
                    ?? throw new CaseRuleException("officerEmail", "There is no active case officer or administrator with that email address");
                c.AssignOfficer(officer.UserId, officer.Email, ctx);
            }),
            cancellationToken);
}
