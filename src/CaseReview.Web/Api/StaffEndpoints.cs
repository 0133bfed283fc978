using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Deadlines;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>Sign-in, staff accounts and the deadline list.</summary>
internal static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", async ([FromBody] LogInCommand command, IMediator mediator, IAccessTokenIssuer tokens, CancellationToken ct) =>
                TypedResults.Ok(tokens.Issue(await mediator.Send(command, ct))))
            .WithTags("Staff")
            .AllowAnonymous()
            .WithName("LogIn")
            .WithSummary("Exchange a staff email and password for a bearer token")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        app.MapPost("/api/admin/users", async ([FromBody] CreateStaffUserCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(command.Email ?? string.Empty)}", await mediator.Send(command, ct)))
            .WithTags("Staff")
            .RequireAuthorization(Auth.AuthSetup.AdministratorPolicy)
            .WithName("CreateStaffUser")
            .WithSummary("Create a staff account (administrators only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapGet("/api/deadlines", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListDeadlinesQuery(), ct)))
            .WithTags("Cases")
            .RequireAuthorization(Auth.AuthSetup.StaffPolicy)
            .WithName("ListDeadlines")
            .WithSummary("Open staff deadlines with their RAG status, soonest first");

        app.MapGet("/api/dashboard", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DeadlineDashboardQuery(), ct)))
            .WithTags("Cases")
            .RequireAuthorization(Auth.AuthSetup.CaseworkerPolicy)
            .WithName("DeadlineDashboard")
            .WithSummary("Open deadlines by RAG and stage, every open deadline soonest first, and on-time rates over 12 months (officers and administrators)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
