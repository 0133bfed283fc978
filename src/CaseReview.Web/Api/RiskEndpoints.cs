using CaseReview.UseCases.Risk;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>The victim risk and vulnerability assessment: officers record it; panel members read the current level and why.</summary>
internal static class RiskEndpoints
{
    public static void MapRiskEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Risk").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/{reference}/risk-assessments", async (string reference, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListRiskAssessmentsQuery(reference), ct)))
            .WithName("ListRiskAssessments")
            .WithSummary("The case's risk assessments, newest first, with the questionnaire (officers); panel members get only the current level and why (the read is audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{reference}/risk-assessments", async (string reference, [FromBody] RecordRiskAssessmentCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Created($"/api/cases/{Uri.EscapeDataString(reference)}/risk-assessments", await m.Send(body with { Reference = reference }, ct)))
            .WithName("RecordRiskAssessment")
            .WithSummary("Assess the victim's risk (officers): an answer to every question, and optionally 'raiseTo' (Medium or High) with 'raiseReason'; a reassessment is a new assessment")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
