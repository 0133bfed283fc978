using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Tracking;
using CaseReview.Web.Documents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>
/// A case's documents: staff attach files (multipart, the file in field <c>file</c>), list them and download them as
/// attachments; officers delete them; the applicant sends them with their tracking code while the case is before the
/// panel. The multipart endpoints need no antiforgery token: they take a bearer token (staff) or a tracking code, never
/// a cookie.
/// </summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Documents").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/{reference}/documents", async (string reference, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListCaseDocumentsQuery(reference), ct)))
            .WithName("ListCaseDocuments")
            .WithSummary("The case's documents, newest first, without their bytes; panel members see those shared with the panel and their own agency's (the read is audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{reference}/documents", async (string reference, IFormFile? file, [FromForm] string? description, [FromForm] bool? sharedWithPanel,
                IMediator m, DocumentSettings settings, CancellationToken ct) =>
            {
                var upload = await DocumentUploads.ReadAsync(file, settings, ct);
                var added = await m.Send(new AddCaseDocumentCommand(reference, upload, description, sharedWithPanel ?? false), ct);
                return TypedResults.Created($"/api/cases/{Uri.EscapeDataString(reference)}/documents/{added.Id}", added);
            })
            .DisableAntiforgery()
            .WithName("AddCaseDocument")
            .WithSummary($"Attach a file (multipart/form-data: file, description?, sharedWithPanel?): {DocumentTypes.Accepted}, decided by its content; officers, and panel members for their own agency while it may respond (audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        cases.MapGet("/{reference}/documents/{id:long}", async (string reference, long id, IMediator m, HttpContext http, CancellationToken ct) =>
            {
                var document = await m.Send(new GetCaseDocumentQuery(reference, id), ct);
                return Download(http, document);
            })
            .WithName("GetCaseDocument")
            .WithSummary("Download one document, as an attachment under its safe name (the download is audited)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapDelete("/{reference}/documents/{id:long}", async (string reference, long id, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new DeleteCaseDocumentCommand(reference, id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCaseDocument")
            .WithSummary("Delete a document and its bytes (officers; audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var residents = app.MapGroup("/api").WithTags("Residents").AllowAnonymous();
        residents.MapPost("/track/{trackingCode}/documents", async (string trackingCode, IFormFile? file, [FromForm] string? description,
                IMediator m, DocumentSettings settings, CancellationToken ct) =>
            {
                var upload = await DocumentUploads.ReadAsync(file, settings, ct);
                return TypedResults.Ok(await m.Send(new AddDocumentByTrackingCodeCommand(trackingCode, upload, description), ct));
            })
            .DisableAntiforgery()
            .WithName("AddDocumentByTrackingCode")
            .WithSummary("The applicant sends a document (multipart/form-data: file, description?) while the case is before the panel; same checks and limits as staff uploads, and a rate limit")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// A document as an attachment under its safe name (never shown in the browser), with its detected media type and
    /// nosniff, so a browser neither opens it in the site's origin nor guesses another type.
    /// </summary>
    internal static IResult Download(HttpContext http, DocumentFile document)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(document.Content, document.ContentType, document.FileName);
    }
}
