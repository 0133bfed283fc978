using System.Text.Json.Serialization;
using CaseReview.UseCases.Accounts;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>An officer or administrator makes a case officer responsible for a case; deadline reminders then go to them.</summary>
public sealed record AssignCaseOfficerCommand(string? OfficerEmail, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class AssignCaseOfficerValidator : AbstractValidator<AssignCaseOfficerCommand>
{
    public AssignCaseOfficerValidator(IStaffDirectory staff)
    {
        RuleFor(x => x.OfficerEmail).NotEmpty().WithMessage("Enter the email address of the case officer")
            .MustAsync(async (email, ct) => await staff.FindCaseworkerAsync(email!, ct) is not null)
            .WithMessage("There is no active case officer or administrator with that email address");
    }
}

public sealed class AssignCaseOfficerHandler(CaseActionRunner runner, IStaffDirectory staff) : ICommandHandler<AssignCaseOfficerCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(AssignCaseOfficerCommand command, CancellationToken cancellationToken)
    {
        var officer = (await staff.FindCaseworkerAsync(command.OfficerEmail!, cancellationToken))!;
        return await runner.RunForCaseworkersAsync(
            command,
            "case.assign-officer",
            "assign cases",
            (c, ctx) => c.AssignOfficer(officer.UserId, officer.Email, ctx),
            cancellationToken);
    }
}
