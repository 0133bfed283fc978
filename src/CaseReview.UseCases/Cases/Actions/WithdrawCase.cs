using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>The applicant no longer wants the review; possible from any open status.</summary>
[Callers(Callers.Caseworkers, "withdraw applications")]
public sealed record WithdrawCaseCommand(string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class WithdrawCaseValidator : AbstractValidator<WithdrawCaseCommand>
{
    public WithdrawCaseValidator() => RuleFor(x => x.Reason).RequiredReason("Enter why the application is being withdrawn");
}

public sealed class WithdrawCaseHandler(CaseActionRunner runner) : ICommandHandler<WithdrawCaseCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(WithdrawCaseCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.Withdraw, (c, ctx) => c.Withdraw(command.Reason!.Trim(), ctx)), cancellationToken);
}
