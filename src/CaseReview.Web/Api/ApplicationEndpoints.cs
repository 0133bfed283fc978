using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Eligibility;
using CaseReview.UseCases.Survey;
using CaseReview.UseCases.Tracking;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>The public door: residents apply, check eligibility and follow their case. No sign-in.</summary>
internal static class ApplicationEndpoints
{
    public static void MapApplicationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Residents").AllowAnonymous();

        api.MapPost("/applications", async ([FromBody] SubmitApplicationCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, CancellationToken ct) =>
            {
                var submitted = await mediator.Send(command with { IdempotencyKey = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey.Trim() }, ct);
                return TypedResults.Created($"/api/track/{submitted.TrackingCode}", submitted);
            })
            .WithName("SubmitApplication")
            .WithSummary("Apply for an ASB case review")
            .WithDescription("Answers 201 with the case reference, the tracking code and the first deadlines. Send an Idempotency-Key header to make retries safe.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/track/{trackingCode}", async (string trackingCode, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TrackApplicationQuery(trackingCode), ct)))
            .WithName("TrackApplication")
            .WithSummary("Follow an application with its tracking code (no personal data)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/track/{trackingCode}/appeal", async (string trackingCode, [FromBody] AppealByTrackingCodeCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { TrackingCode = trackingCode }, ct)))
            .WithName("AppealByTrackingCode")
            .WithSummary("Ask for an appeal while the appeal window is open")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/track/{trackingCode}/withdraw", async (string trackingCode, [FromBody] WithdrawByTrackingCodeCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { TrackingCode = trackingCode }, ct)))
            .WithName("WithdrawByTrackingCode")
            .WithSummary("The applicant withdraws their application (an optional reason)")
            .WithDescription("Goes through the workflow's withdraw transition: 409 once the application has ended. The applicant is told as for a withdrawal by staff; the case's history shows it to the officer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/track/{trackingCode}/contact", async (string trackingCode, [FromBody] ChangeContactByTrackingCodeCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { TrackingCode = trackingCode }, ct)))
            .WithName("ChangeContactByTrackingCode")
            .WithSummary("The applicant changes their contact details and how they would like to be contacted")
            .WithDescription("A detail left out or empty stays as it is; preferredContact is required and must be one the details allow. Both the old and the new email address are told. 409 once the application has ended.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/survey/{code}", async (string code, [FromBody] AnswerSurveyCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command with { Code = code }, ct);
                return TypedResults.NoContent();
            })
            .WithName("AnswerSurvey")
            .WithSummary("Answer the satisfaction survey a closed case's applicant was invited to (every answer optional, once)")
            .WithDescription("code: the 12 letters and digits of the survey's address (hyphens and case do not matter). Answers 204. The answers are stored without the case. Unknown or closed (after Survey:ResponseDays): 404; already answered: 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/eligibility", async ([FromBody] CheckEligibilityQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("CheckEligibility")
            .WithSummary("Would these complaints meet the local threshold? Nothing is stored.")
            .ProducesValidationProblem();
    }
}
