using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>
/// The appeal body's decision. Upheld: a threshold appeal returns to assessment, a review appeal to a fresh
/// review. Not upheld: the case closes.
/// </summary>
[Callers(Callers.AppealReviewers, "decide appeals")]
public sealed record DecideAppealCommand(bool? Upheld, string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class DecideAppealValidator : AbstractValidator<DecideAppealCommand>
{
    public DecideAppealValidator()
    {
        RuleFor(x => x.Upheld).NotNull().WithMessage("Say whether the appeal is upheld");
        RuleFor(x => x.Reason).RequiredReason("Enter the reason for the appeal decision");
    }
}

public sealed class DecideAppealHandler(CaseActionRunner runner) : ICommandHandler<DecideAppealCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(DecideAppealCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.AppealDecision, (c, ctx) => c.DecideAppeal(command.Upheld!.Value, command.Reason!.Trim(), ctx)), cancellationToken);
}
