using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Review;

/// <summary>
/// Progress on one recommendation of the action plan, by a case officer or by a panel member of the agency that
/// owns it. Each change is kept (from, to, note, who, when) and audited.
/// </summary>
[Callers(Callers.Staff, "update recommendations")]
public sealed record UpdateRecommendationStatusCommand(RecommendationStatus? Status, string? Note, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;

    [JsonIgnore]
    public int RecommendationId { get; init; }
}

public sealed class UpdateRecommendationStatusValidator : AbstractValidator<UpdateRecommendationStatusCommand>
{
    public UpdateRecommendationStatusValidator()
    {
        RuleFor(x => x.Status).NotNull().WithMessage($"Choose a status: {string.Join(", ", Enum.GetNames<RecommendationStatus>())}");
        RuleFor(x => x.Note).MaximumLength(4000);
    }
}

public sealed class UpdateRecommendationStatusHandler(CaseActionRunner runner, CaseAccess access) : ICommandHandler<UpdateRecommendationStatusCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(UpdateRecommendationStatusCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Guarded("case.recommendation-status", c =>
        {
            var recommendation = c.Recommendations.FirstOrDefault(r => r.Id == command.RecommendationId)
                ?? throw new NotFoundException($"Case {c.Reference} has no recommendation {command.RecommendationId}.");
            if (!access.AnswersFor(recommendation.OwnerAgencyId))
            {
                throw new ForbiddenException($"Only case officers and panel members of {access.Agencies.NameOf(recommendation.OwnerAgencyId)} update this recommendation.");
            }
        }, (c, ctx) => c.UpdateRecommendation(command.RecommendationId, command.Status!.Value, command.Note, ctx)), cancellationToken);
}
