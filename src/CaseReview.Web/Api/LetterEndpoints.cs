using CaseReview.UseCases.Letters;
using Mediator;

namespace CaseReview.Web.Api;

/// <summary>Letters to applicants: each notice of a case as a PDF, and the officers' list of letters to post and calls to make.</summary>
internal static class LetterEndpoints
{
    public static void MapLetterEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Letters").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/{reference}/letters/{notice}", async (string reference, string notice, IMediator mediator, ILetterPdf pdf, CancellationToken ct) =>
            {
                var letter = await mediator.Send(new GetLetterQuery(reference, notice), ct);
                return TypedResults.File(pdf.Render(letter), "application/pdf", letter.FileName);
            })
            .WithName("GetLetter")
            .WithSummary($"One notice of the case as an A4 PDF letter to the applicant, made from the case now; notice is one of {string.Join(", ", LetterNotices.All)} (case officers and administrators; audited)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var letters = app.MapGroup("/api/letters").WithTags("Letters").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        letters.MapGet("/to-send", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListLettersToSendQuery(), ct)))
            .WithName("ListLettersToSend")
            .WithSummary("Letters to post and calls to make for applicants who asked for post or phone, oldest first (case officers and administrators; audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        letters.MapPost("/{id:long}/posted", async (long id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkLetterDoneCommand(id, LetterDelivery.Post), ct)))
            .WithName("MarkLetterPosted")
            .WithSummary("Record that a letter was posted; it leaves the list (audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        letters.MapPost("/{id:long}/called", async (long id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkLetterDoneCommand(id, LetterDelivery.Phone), ct)))
            .WithName("MarkLetterCalled")
            .WithSummary("Record that the applicant was called and told the letter's words; it leaves the list (audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
