using CaseReview.UseCases.Statistics;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages;

/// <summary>
/// The s.104(10) figures as published, for anyone: a page the council's website can link to. The same query
/// as the open-data downloads, so the page and the files always agree, suppression included.
/// </summary>
public sealed class StatisticsModel(IMediator mediator, StatisticsSettings settings) : PageModel
{
    public IReadOnlyList<PublishedYear> Years { get; private set; } = [];

    public int SuppressBelow => settings.SuppressBelow;

    public async Task OnGetAsync(CancellationToken ct) => Years = await mediator.Send(new PublicStatisticsQuery(), ct);
}
