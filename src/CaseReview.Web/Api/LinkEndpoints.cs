using CaseReview.UseCases.Links;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Api;

/// <summary>Linking applications about the same address, postcode or person so they are reviewed together.</summary>
internal static class LinkEndpoints
{
    public static void MapLinkEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Links").RequireAuthorization(Auth.AuthSetup.StaffPolicy);

        cases.MapGet("/{reference}/link-suggestions", async (string reference, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListLinkSuggestionsQuery(reference), ct)))
            .WithName("ListLinkSuggestions")
            .WithSummary("Other cases you may see with the same postcode, address or applicant, each with the reason")
            .ProducesProblem(StatusCodes.Status404NotFound);

        ReviewEndpoints.Change(cases.MapPost("/{reference}/links", async (string reference, [FromBody] LinkCasesCommand body, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(body with { Reference = reference }, ct)))
            .WithName("LinkCases")
            .WithSummary("Link two cases about the same problem (officers); the link shows on both"));

        ReviewEndpoints.Change(cases.MapDelete("/{reference}/links/{otherReference}", async (string reference, string otherReference, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new UnlinkCasesCommand(reference, otherReference), ct)))
            .WithName("UnlinkCases")
            .WithSummary("Remove a link between two cases (officers)"));
    }
}
