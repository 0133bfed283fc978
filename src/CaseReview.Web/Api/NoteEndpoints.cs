using CaseReview.UseCases.Notes;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>A case's notes and contact log: officers add entries; panel members read those shared with the panel.</summary>
internal static class NoteEndpoints
{
    public static void MapNoteEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Notes").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/{reference}/notes", async (string reference, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListCaseNotesQuery(reference), ct)))
            .WithName("ListCaseNotes")
            .WithSummary("The case's notes and contacts, newest first by when they happened; panel members see only those shared with the panel (the read is audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapPost("/{reference}/notes", async (string reference, [FromBody] AddCaseNoteCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Created($"/api/cases/{Uri.EscapeDataString(reference)}/notes", await m.Send(body with { Reference = reference }, ct)))
            .WithName("AddCaseNote")
            .WithSummary("Add a note or a contact (phone, letter, visit, email, meeting) to the case (officers); entries are never changed: send a correction with 'corrects'")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
