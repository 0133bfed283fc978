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

        app.MapPost("/api/auth/forgotten-password", async ([FromBody] RequestPasswordResetCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.Accepted((string?)null, new { message = "If the address has an enabled staff account, a link to set a new password is on its way." });
            })
            .WithTags("Staff")
            .AllowAnonymous()
            .WithName("RequestPasswordReset")
            .WithSummary("Ask for a link to set a new password; the answer is the same whether or not the address has an account")
            .ProducesValidationProblem();

        app.MapPost("/api/auth/set-password", async ([FromBody] SetPasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithTags("Staff")
            .AllowAnonymous()
            .WithName("SetPassword")
            .WithSummary("Set a password with the user id and token from an emailed link (invitation or reset); the link then stops working")
            .ProducesValidationProblem();

        app.MapPost("/api/auth/change-password", async ([FromBody] ChangePasswordCommand command, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(command, ct);
                return TypedResults.NoContent();
            })
            .WithTags("Staff")
            .RequireAuthorization(Auth.AuthSetup.StaffPolicy)
            .WithName("ChangePassword")
            .WithSummary("Change your own password; every token of the account, this one included, stops working: log in again")
            .ProducesValidationProblem();

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
