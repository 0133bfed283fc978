using CaseReview.UseCases.Review;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>The panel's papers: information requests to the panel agencies, the panel pack as a PDF, and the meeting's record.</summary>
internal static class PanelEndpoints
{
    public static void MapPanelEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Panel").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/{reference}/information-requests", async (string reference, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListInformationRequestsQuery(reference), ct)))
            .WithName("ListInformationRequests")
            .WithSummary("Each panel agency's information request (its chronology and response by a due date before the meeting), answered by its panel response; panel members see their own agency's (audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        cases.MapGet("/{reference}/panel-pack", async (string reference, IMediator m, IPanelPackPdf pdf, CancellationToken ct) =>
            {
                var pack = await m.Send(new GetPanelPackQuery(reference, Download: true), ct);
                return TypedResults.File(pdf.Render(pack), "application/pdf", pack.FileName);
            })
            .WithName("GetPanelPack")
            .WithSummary("The panel pack as an A4 PDF: case summary, chronology of complaints and contacts, each agency's response, risk assessment, documents and the meeting's record (officers, and members of the agencies on the panel; audited as panel-pack.downloaded)")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        ReviewEndpoints.Change(cases.MapPut("/{reference}/meeting-record", async (string reference, [FromBody] RecordMeetingCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)))
            .WithName("RecordMeeting")
            .WithSummary("Record the review meeting: each panel agency's attendance (Present, Apologies, Absent, with who came) and the minutes; replaces the earlier record (officers and the chair, from the day of the meeting)"));

        app.MapGet("/api/information-requests", async (IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListOpenInformationRequestsQuery(), ct)))
            .WithTags("Panel")
            .RequireAuthorization(Auth.AuthSetup.StaffPolicy)
            .WithName("ListOpenInformationRequests")
            .WithSummary("The unanswered information requests on the caller's cases, soonest due first, with RAG (red once missed); panel members see their own agency's (audited)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
