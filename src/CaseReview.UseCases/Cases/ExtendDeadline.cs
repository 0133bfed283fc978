using System.Text.Json.Serialization;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases;

/// <summary>An officer moves a stage's due date later, with a reason (for example the applicant asked for a later meeting).</summary>
[Callers(Callers.Caseworkers, "extend deadlines")]
public sealed record ExtendDeadlineCommand(DateOnly? DueDate, string? Reason, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    [JsonIgnore]
    public Stage Stage { get; init; }
}

public sealed class ExtendDeadlineValidator : AbstractValidator<ExtendDeadlineCommand>
{
    public ExtendDeadlineValidator()
    {
        RuleFor(x => x.DueDate).NotNull().WithMessage("Enter the new due date");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Enter why the deadline is being extended").MaximumLength(2000);
    }
}

public sealed class ExtendDeadlineHandler(CaseActionRunner runner) : ICommandHandler<ExtendDeadlineCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(ExtendDeadlineCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(
            command,
            CaseChange.Edit(
                "case.extend-deadline", (c, ctx) => c.ExtendDeadline(command.Stage, command.DueDate!.Value, command.Reason!, ctx)),
            cancellationToken);
}
