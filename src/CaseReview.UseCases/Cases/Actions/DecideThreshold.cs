using System.Text.Json.Serialization;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>
/// The officer records whether the threshold is met. The policy's suggestion is worked out from the
/// complaints; a decision that differs from it needs a written reason.
/// </summary>
[Callers(Callers.Caseworkers, "decide the threshold")]
public sealed record DecideThresholdCommand(bool? Met, string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class DecideThresholdValidator : AbstractValidator<DecideThresholdCommand>
{
    public DecideThresholdValidator()
    {
        RuleFor(x => x.Met).NotNull().WithMessage("Say whether the threshold is met");
        RuleFor(x => x.Reason).MaximumLength(4000);
    }
}

public sealed class DecideThresholdHandler(CaseActionRunner runner, ThresholdPolicy policy, ICaseReviewDb db) : ICommandHandler<DecideThresholdCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(DecideThresholdCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.ThresholdDecision, async (c, ctx) =>
        {
            var suggestion = await ThresholdSuggestion.EvaluateAsync(policy, db, c, cancellationToken);
            c.DecideThreshold(command.Met!.Value, command.Reason, suggestion, policy.Settings, ctx);
        }), cancellationToken);
}
