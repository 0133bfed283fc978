using System.Text.Json.Serialization;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Cases.Actions;

public sealed record PanelSeatInput(string? Agency);

/// <summary>Arrange the case review meeting and the agencies on its panel (whose members may then see the case).</summary>
public sealed record ScheduleReviewCommand(DateTime? MeetingAt, IReadOnlyList<PanelSeatInput>? Panel, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class ScheduleReviewValidator : AbstractValidator<ScheduleReviewCommand>
{
    public ScheduleReviewValidator(ICaseReviewDb db)
    {
        RuleFor(x => x.MeetingAt).NotNull().WithMessage("Enter the date and time of the review meeting");
        RuleForEach(x => x.Panel).ChildRules(seat =>
            seat.RuleFor(s => s.Agency).NotEmpty().WithMessage("Enter the agency's name")
                .MustAsync(async (name, ct) => await db.Agencies.AnyAsync(a => a.Name == name && a.Active, ct))
                .WithMessage(s => $"There is no active agency called '{s.Agency}'. Use the name of a registered agency"));
    }
}

public sealed class ScheduleReviewHandler(CaseActionRunner runner) : ICommandHandler<ScheduleReviewCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(ScheduleReviewCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseAction.ScheduleReview, (c, ctx) =>
            c.ScheduleReview(DateTime.SpecifyKind(command.MeetingAt!.Value.ToUniversalTime(), DateTimeKind.Utc), [.. (command.Panel ?? []).Select(p => p.Agency!)], ctx),
            cancellationToken);
}
