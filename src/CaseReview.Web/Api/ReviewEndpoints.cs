using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Review;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>The review's sub-resources: agency responses, the action plan's progress and the applicant's consultation.</summary>
internal static class ReviewEndpoints
{
    public static void MapReviewEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Review").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        Change(cases.MapPost("/{reference}/panel-responses", async (string reference, [FromBody] RecordPanelResponseCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)))
            .WithName("RecordPanelResponse")
            .WithSummary("An agency on the panel records what it knew and what it did (panel members for their own agency; officers for any)"));

        Change(cases.MapPost("/{reference}/recommendations/{recommendationId:int}/status", async (string reference, int recommendationId, [FromBody] UpdateRecommendationStatusCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference, RecommendationId = recommendationId }, ct)))
            .WithName("UpdateRecommendationStatus")
            .WithSummary("Record progress on a recommendation (officers, or panel members of the owner agency); every change is kept"));

        Change(cases.MapPost("/{reference}/applicant-consultation", async (string reference, [FromBody] RecordApplicantConsultationCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)))
            .WithName("RecordApplicantConsultation")
            .WithSummary("Record that the applicant was consulted on the action plan before it is final (officers)"));
    }

    /// <summary>Every change answers the updated case, or a problem.</summary>
    internal static RouteHandlerBuilder Change(RouteHandlerBuilder endpoint) => endpoint
        .Produces<CaseDetail>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);
}
