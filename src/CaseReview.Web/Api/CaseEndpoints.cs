using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Risk;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Cases.Actions;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseReview.Web.Api;

/// <summary>The staff door onto cases: the queue, one case, and each workflow action.</summary>
internal static class CaseEndpoints
{
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/", async (CaseStatus? status, bool? overdue, int? page, int? pageSize, string? officer, string? q, RiskLevel? risk, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListCasesQuery(status, overdue, page, pageSize, officer, q, risk), ct)))
            .WithName("ListCases")
            .WithSummary("The case queue, newest first; filter by status, overdue, or officer (an account id, \"me\" or \"none\" for not assigned); "
                + "q searches reference, names, where the ASB happens and (for those who may see them) the applicant's email, phone, postcode and address, "
                + "ignoring case and the spaces in postcodes and phone numbers; risk (Low, Medium, High) keeps the cases whose current victim risk assessment is at that level")
            .ProducesValidationProblem();

        cases.MapGet("/{reference}", async (string reference, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseQuery(reference), ct)))
            .WithName("GetCase")
            .WithSummary("One case with its allowed actions, deadlines and history (the view is audited)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/{reference}/threshold-suggestion", async (string reference, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetThresholdSuggestionQuery(reference), ct)))
            .WithName("GetThresholdSuggestion")
            .WithSummary("What the threshold policy suggests for the case, with its reasons and each complaint's part (case officers and administrators)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{reference}/complaints/{complaintId:int}/verify", async (string reference, int complaintId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] VerifyComplaintCommand? body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send((body ?? new VerifyComplaintCommand(null)) with { Reference = reference, ComplaintId = complaintId }, ct)))
            .WithName("VerifyComplaint")
            .WithSummary("Record that an officer has checked a complaint against the agency's records")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{reference}/deadlines/{stage}/extend", async (string reference, Stage stage, [FromBody] ExtendDeadlineCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference, Stage = stage }, ct)))
            .WithName("ExtendDeadline")
            .WithSummary("Move an open stage's due date later, with a reason (recorded in the history and the audit trail)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{reference}/corrections", async (string reference, [FromBody] CorrectDetailCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)))
            .WithName("CorrectDetail")
            .WithSummary("Correct one of the case's details with a reason (field: applicant.name, applicant.email, applicant.phone, applicant.address, applicant.postcode, applicant.accessNeeds, victim.name, victim.address, victim.postcode, victim.email, victim.phone, location, description, impact, complaints[i].summary, complaints[i].agencyReference); the old value is kept in the case's corrections, for caseworkers only (case officers and administrators; audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        cases.MapPost("/{reference}/assign", async (string reference, [FromBody] AssignCaseOfficerCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)))
            .WithName("AssignCaseOfficer")
            .WithSummary("Make a case officer responsible for the case; deadline reminders go to them")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        Action(cases, CaseAction.StartAssessment, async (string reference, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] StartAssessmentCommand? body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send((body ?? new StartAssessmentCommand(null)) with { Reference = reference }, ct)));
        Action(cases, CaseAction.ThresholdDecision, async (string reference, [FromBody] DecideThresholdCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
        Action(cases, CaseAction.ScheduleReview, async (string reference, [FromBody] ScheduleReviewCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
        Action(cases, CaseAction.RecordReview, async (string reference, [FromBody] RecordReviewCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
        Action(cases, CaseAction.SendOutcome, async (string reference, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] SendOutcomeCommand? body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send((body ?? new SendOutcomeCommand(null)) with { Reference = reference }, ct)));
        Action(cases, CaseAction.Close, async (string reference, [FromBody] CloseCaseCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
        Action(cases, CaseAction.Withdraw, async (string reference, [FromBody] WithdrawCaseCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
        Action(cases, CaseAction.Appeal, async (string reference, [FromBody] RequestAppealCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
        Action(cases, CaseAction.AppealDecision, async (string reference, [FromBody] DecideAppealCommand body, IMediator m, CancellationToken ct) =>
            TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)));
    }

    private static void Action(RouteGroupBuilder cases, CaseAction action, Delegate handler) =>
        cases.MapPost($"/{{reference}}/{action.Name()}", handler)
            .WithName(action.ToString())
            .WithSummary($"Workflow action '{action.Name()}': answers the updated case")
            .Produces<CaseDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
