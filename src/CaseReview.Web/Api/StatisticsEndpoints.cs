using CaseReview.UseCases.Statistics;
using Mediator;

namespace CaseReview.Web.Api;

/// <summary>The s.104(10) figures: in full for staff, and as published (small numbers suppressed) for everyone.</summary>
internal static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var stats = app.MapGroup("/api/statistics").WithTags("Statistics");

        stats.MapGet("/annual", async (int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AnnualStatisticsQuery(year), ct)))
            .RequireAuthorization(Auth.AuthSetup.StaffPolicy)
            .WithName("AnnualStatistics")
            .WithSummary("The four statutory figures and breakdowns for the financial year starting 1 April of `year` (staff)")
            .ProducesValidationProblem();

        stats.MapGet("/annual.csv", async (int? year, IMediator mediator, CancellationToken ct) =>
            {
                var s = await mediator.Send(new AnnualStatisticsQuery(year), ct);
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(StatisticsCsv.Annual(s)), "text/csv", $"asb-case-reviews-{s.FinancialYear}.csv");
            })
            .RequireAuthorization(Auth.AuthSetup.StaffPolicy)
            .WithName("AnnualStatisticsCsv")
            .WithSummary("The same figures as CSV, one figure a row (staff)");

        stats.MapGet("/published", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new PublicStatisticsQuery(), ct)))
            .AllowAnonymous()
            .WithName("PublishedStatistics")
            .WithSummary("The published figures for every financial year; small breakdown counts are suppressed");

        stats.MapGet("/published.csv", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.File(System.Text.Encoding.UTF8.GetBytes(StatisticsCsv.Published(await mediator.Send(new PublicStatisticsQuery(), ct))), "text/csv", "asb-case-reviews-open-data.csv"))
            .AllowAnonymous()
            .WithName("PublishedStatisticsCsv")
            .WithSummary("Open data: the published figures for every year as CSV");
    }
}
