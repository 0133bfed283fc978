using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Agencies;
using CaseReview.UseCases.Audit;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>Reference data and staff accounts: agencies for every member of staff to read, the rest for administrators.</summary>
internal static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/agencies", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAgenciesQuery(), ct)))
            .WithTags("Agencies")
            .RequireAuthorization(Auth.AuthSetup.StaffPolicy)
            .WithName("ListAgencies")
            .WithSummary("The relevant bodies and partners, with their contact mailboxes and whether they are active");

        var admin = app.MapGroup("/api/admin").RequireAuthorization(Auth.AuthSetup.AdministratorPolicy);

        admin.MapPost("/agencies", async ([FromBody] AddAgencyCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var added = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/agencies/{added.Id}", added);
            })
            .WithTags("Agencies")
            .WithName("AddAgency")
            .WithSummary("Add an agency with its kind and contact mailbox (administrators only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapPut("/agencies/{id:int}", async (int id, [FromBody] ChangeAgencyCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Id = id }, ct)))
            .WithTags("Agencies")
            .WithName("ChangeAgency")
            .WithSummary("Change an agency's name, kind, contact mailbox or active flag (administrators only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/users", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListStaffUsersQuery(), ct)))
            .WithTags("Staff")
            .WithName("ListStaffUsers")
            .WithSummary("Every staff account with its roles, agency, and whether it is disabled or locked out (administrators only)")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        admin.MapPut("/users/{id}", async (string id, [FromBody] ChangeStaffAccessCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { UserId = id }, ct)))
            .WithTags("Staff")
            .WithName("ChangeStaffAccess")
            .WithSummary("Set an account's roles and agency; its existing tokens stop working (administrators only)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPost("/users/{id}/disable", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DisableStaffUserCommand { UserId = id }, ct)))
            .WithTags("Staff")
            .WithName("DisableStaffUser")
            .WithSummary("Disable an account: no sign-in, and its tokens stop working at once (administrators only)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPost("/users/{id}/password-link", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SendPasswordLinkCommand { UserId = id }, ct)))
            .WithTags("Staff")
            .WithName("SendPasswordLink")
            .WithSummary("Email the person a link to set their password: a new invitation if they never set one, otherwise a reset (administrators only)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapPost("/users/{id}/enable", async (string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EnableStaffUserCommand { UserId = id }, ct)))
            .WithTags("Staff")
            .WithName("EnableStaffUser")
            .WithSummary("Enable a disabled account again; also lifts a lockout (administrators only)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Read only, by design: the audit trail has no route that changes or removes a line.
        admin.MapGet("/audit", async (string? reference, string? actor, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReadAuditLogQuery(reference, actor, from, to, page, pageSize), ct)))
            .WithTags("Audit")
            .WithName("ReadAuditLog")
            .WithSummary("The audit trail, newest first, by case, actor (id or email) and UTC dates (administrators only; reading it is audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
