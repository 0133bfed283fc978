using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>An officer picks up a received application and acknowledges it.</summary>
[Callers(Callers.Caseworkers, "start assessments")]
public sealed record StartAssessmentCommand(int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class StartAssessmentHandler(CaseActionRunner runner) : ICommandHandler<StartAssessmentCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(StartAssessmentCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.StartAssessment, (c, ctx) => c.StartAssessment(ctx)), cancellationToken);
}
