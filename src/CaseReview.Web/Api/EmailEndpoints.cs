using CaseReview.UseCases.Email;
using Mediator;

namespace CaseReview.Web.Api;

/// <summary>Administrators watch the email outbox and send failed emails again.</summary>
internal static class EmailEndpoints
{
    public static void MapEmailEndpoints(this IEndpointRouteBuilder app)
    {
        var emails = app.MapGroup("/api/admin/emails").WithTags("Email").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        emails.MapGet("/", async (OutboxStatus? status, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListEmailsQuery(status, page ?? 1, pageSize ?? 50), ct)))
            .WithName("ListEmails")
            .WithSummary("The email outbox, newest first; status=Failed lists the emails that need an administrator (administrators only)")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        emails.MapPost("/{id:long}/retry", async (long id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetryEmailCommand(id), ct)))
            .WithName("RetryEmail")
            .WithSummary("Put a failed email back in the queue with a fresh set of attempts (administrators only)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
