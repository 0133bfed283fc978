using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

/// <summary>Staff record an appeal (escalation) made by phone, letter or in person, inside the appeal window.</summary>
[Callers(Callers.Caseworkers, "record appeals")]
public sealed record RequestAppealCommand(string? Grounds, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class RequestAppealValidator : AbstractValidator<RequestAppealCommand>
{
    public RequestAppealValidator() => RuleFor(x => x.Grounds).RequiredReason("Enter the grounds for the appeal");
}

public sealed class RequestAppealHandler(CaseActionRunner runner) : ICommandHandler<RequestAppealCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RequestAppealCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.Appeal, (c, ctx) => c.RequestAppeal(command.Grounds!.Trim(), ctx)), cancellationToken);
}
