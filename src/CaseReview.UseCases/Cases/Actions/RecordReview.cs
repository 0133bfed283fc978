using System.Text.Json.Serialization;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Cases.Actions;

public sealed record RecommendationInput(string? Action, string? OwnerAgency, string? Lead, DateOnly? DueDate);

/// <summary>
/// The panel has met: record its findings (internal), what the applicant will be told (<see cref="ApplicantSummary"/>,
/// shown on their tracking page once the outcome is sent) and the recommendations that form the action plan.
/// </summary>
[Callers(Callers.Staff, "record a review")]
public sealed record RecordReviewCommand(string? Findings, string? ApplicantSummary, IReadOnlyList<RecommendationInput>? Recommendations, int? Version) : ICommand<CaseDetail>, ICaseActionCommand
{
    [JsonIgnore]
    public string Reference { get; init; } = string.Empty;
}

public sealed class RecordReviewValidator : AbstractValidator<RecordReviewCommand>
{
    public const int MaxRecommendations = 50;

    public const int ApplicantSummaryLength = 5000;

    public RecordReviewValidator()
    {
        RuleFor(x => x.Findings).NotEmpty().WithMessage("Enter the panel's findings").MaximumLength(10000);
        RuleFor(x => x.ApplicantSummary).NotEmpty().WithMessage("Enter what the applicant will be told: what the panel found and what will be done")
            .MaximumLength(ApplicantSummaryLength);
        RuleFor(x => x.Recommendations).Must(r => r is null || r.Count <= MaxRecommendations).WithMessage($"Record no more than {MaxRecommendations} recommendations");
        // A recommendation sent as null has nothing to check: refused here, or the handler would read it.
        RuleForEach(x => x.Recommendations).NotNull().WithMessage("Enter what should be done")
            .When(x => x.Recommendations is not { Count: > MaxRecommendations });
        RuleForEach(x => x.Recommendations).ChildRules(r =>
        {
            r.RuleFor(x => x.Action).NotEmpty().WithMessage("Enter what should be done").MaximumLength(2000);
            // Whether the agency is on the case's panel is the case's own rule (CaseApplication.RecordReview).
            r.RuleFor(x => x.OwnerAgency).NotEmpty().WithMessage("Enter the agency that owns this action").MaximumLength(200);
            r.RuleFor(x => x.Lead).MaximumLength(200);
            r.RuleFor(x => x.DueDate).NotNull().WithMessage("Enter the date this action is due");
        }).When(x => x.Recommendations is not { Count: > MaxRecommendations });
    }
}

public sealed class RecordReviewHandler(CaseActionRunner runner) : ICommandHandler<RecordReviewCommand, CaseDetail>
{
    public async ValueTask<CaseDetail> Handle(RecordReviewCommand command, CancellationToken cancellationToken) =>
        await runner.RunAsync(command, CaseChange.Workflow(CaseAction.RecordReview, (c, ctx) => c.RecordReview(
            command.Findings!.Trim(),
            command.ApplicantSummary!.Trim(),
            [.. (command.Recommendations ?? []).Select(r => new PlannedAction(r.Action!.Trim(), r.OwnerAgency!, r.Lead, r.DueDate!.Value))],
            ctx)), cancellationToken);
}
