using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>The outcome and action plan go to the applicant; the appeal window opens.</summary>
[Callers(Callers.Caseworkers, "send outcomes")]
public sealed record SendOutcomeCommand(int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class SendOutcomeHandler(CaseActionRunner runner) : ICommandHandler<SendOutcomeCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(SendOutcomeCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.SendOutcome, (c, ctx) => c.SendOutcome(ctx)), cancellationToken);
}
