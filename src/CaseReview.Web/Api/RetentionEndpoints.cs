using CaseReview.UseCases.Retention;
using Mediator;

namespace CaseReview.Web.Api;

/// <summary>Administrators apply the retention schedule now, or see what it would change (<c>?dryRun=true</c>).</summary>
internal static class RetentionEndpoints
{
    public static void MapRetentionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/admin/retention/run", async (bool? dryRun, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RunRetentionCommand(dryRun ?? false), ct)))
            .RequireAuthorization(Auth.AuthSetup.AdministratorPolicy)
            .WithTags("Retention")
            .WithName("RunRetention")
            .WithSummary("Apply the retention schedule now: anonymise cases past their date, remove old email text, delete expired drafts and old idempotency records; with dryRun=true, list what would change without changing it (administrators only; audited)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
