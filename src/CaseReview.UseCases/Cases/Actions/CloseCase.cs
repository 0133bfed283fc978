using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>Close a case once its appeal window has ended.</summary>
[Callers(Callers.Caseworkers, "close cases")]
public sealed record CloseCaseCommand(string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class CloseCaseValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseValidator() => RuleFor(x => x.Reason).RequiredReason("Enter why the case is being closed");
}

public sealed class CloseCaseHandler(CaseActionRunner runner) : ICommandHandler<CloseCaseCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(CloseCaseCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.Close, (c, ctx) => c.Close(command.Reason!.Trim(), ctx)), cancellationToken);
}
