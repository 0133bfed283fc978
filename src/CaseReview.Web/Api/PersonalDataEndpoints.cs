using CaseReview.UseCases.Retention;
using CaseReview.UseCases.SubjectAccess;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>
/// Administrators look after personal data: apply the retention schedule now (or see what it would change with
/// <c>?dryRun=true</c>), erase one case's personal data on request, restrict its processing and lift the restriction, and answer a subject access request. All audited.
/// </summary>
internal static class PersonalDataEndpoints
{
    public static void MapPersonalDataEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").RequireAuthorization(Auth.AuthSetup.AdministratorPolicy).WithTags("Personal data");

        admin.MapPost("/retention/run", async (bool? dryRun, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RunRetentionCommand(dryRun ?? false), ct)))
            .WithName("RunRetention")
            .WithSummary("Apply the retention schedule now: anonymise cases past their date, remove old email text, delete expired drafts and old idempotency records, forget old audit IP addresses; with dryRun=true, list what would change without changing it (administrators only; audited)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/cases/{reference}/erase", async (string reference, [FromBody] EraseCaseCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Reference = reference }, ct)))
            .RequireAuthorization(Auth.AuthSetup.AdministratorPolicy)
            .WithTags("Personal data")
            .WithName("EraseCase")
            .WithSummary("Erase a closed or withdrawn case's personal data now, on request, where the council has decided the law allows it: the same anonymisation as the retention schedule (administrators only; audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/cases/{reference}/restriction", async (string reference, [FromBody] RestrictProcessingCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Reference = reference }, ct)))
            .RequireAuthorization(Auth.AuthSetup.AdministratorPolicy)
            .WithTags("Personal data")
            .WithName("RestrictProcessing")
            .WithSummary("Restrict processing of a case (UK GDPR Article 18) on a ground (accuracy-contested, unlawful-processing, legal-claims, objection-pending) with a reason: its data is kept but not processed until lifted; the applicant is told (administrators only; audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/cases/{reference}/restriction/lift", async (string reference, [FromBody] LiftRestrictionCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { Reference = reference }, ct)))
            .RequireAuthorization(Auth.AuthSetup.AdministratorPolicy)
            .WithTags("Personal data")
            .WithName("LiftRestriction")
            .WithSummary("Lift a case's restriction of processing with a reason: it can be worked on again; the applicant is told (administrators only; audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        admin.MapGet("/subject-access", async (string? email, string? phone, string? name, string? postcode, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var export = await mediator.Send(new ExportSubjectAccessQuery(email, phone, name, postcode), ct);
                // The same export, readable, for an administrator signed in to the staff pages, and as a PDF bundle (the values escaped again: ASCII only).
                var search = new[] { ("email", email), ("phone", phone), ("name", name), ("postcode", postcode) }
                    .Where(p => p.Item2 is not null).Select(p => new KeyValuePair<string, string?>(p.Item1, p.Item2)).ToList();
                var page = QueryString.Create(search);
                var pdf = QueryString.Create(search.Prepend(new("handler", "Pdf")));
                http.Response.Headers.Link = $"</staff/subject-access{page}>; rel=\"alternate\"; type=\"text/html\", </staff/subject-access{pdf}>; rel=\"alternate\"; type=\"application/pdf\"";
                return TypedResults.Ok(export);
            })
            .WithName("ExportSubjectAccess")
            .WithSummary("Everything held about one person, found by email, phone, name or postcode: their cases in full, the emails sent and the audit lines about them, with what to review for other people's data before sending (administrators only; audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
