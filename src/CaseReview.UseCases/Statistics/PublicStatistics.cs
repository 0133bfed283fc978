using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The published figures for every financial year, for the council's website and open data. The four
/// statutory totals are always shown; breakdown counts below <see cref="StatisticsSettings.SuppressBelow"/>
/// (but above zero) are shown as "fewer than N", so that nobody can be picked out; and no such count can be worked
/// out from what is shown (see <see cref="StatisticalDisclosure"/>).
/// </summary>
[Callers(Callers.Anyone)]
public sealed record PublicStatisticsQuery : IQuery<IReadOnlyList<PublishedYear>>;

/// <summary>A breakdown count as published: <c>Count</c> is null when suppressed, and <c>Display</c> says what to show.</summary>
public sealed record PublishedCount(string Key, int? Count, string Display);

public sealed record PublishedTimeliness(Stage Stage, PublishedCount OnTime, PublishedCount Late, double? MedianWorkingDays);

public sealed record PublishedYear(
    int Year,
    string FinancialYear,
    int Applications,
    int ThresholdNotMet,
    int ReviewsCarriedOut,
    int ReviewsWithRecommendations,
    IReadOnlyList<PublishedCount> ByAsbType,
    IReadOnlyList<PublishedCount> ByIssueType,
    IReadOnlyList<PublishedCount> ByChannel,
    IReadOnlyList<PublishedCount> ByPostcodeDistrict,
    IReadOnlyList<PublishedCount> ByVictimType,
    PublishedCount ThirdParty,
    PublishedCount HateMotivated,
    IReadOnlyList<PublishedTimeliness> Timeliness);

public sealed class PublicStatisticsHandler(ICaseReviewDb db, StatisticsSettings settings, DeadlinePlanner planner, TimeProvider clock, PublishedFiguresCache cache)
    : IQueryHandler<PublicStatisticsQuery, IReadOnlyList<PublishedYear>>
{
    private readonly StatisticalDisclosure _disclosure = new(settings);

    public async ValueTask<IReadOnlyList<PublishedYear>> Handle(PublicStatisticsQuery query, CancellationToken cancellationToken) =>
        await cache.GetAsync(CountAsync, cancellationToken);

    /// <summary>Year by year, so that memory holds one year's rows at a time however many years there are.</summary>
    private async Task<IReadOnlyList<PublishedYear>> CountAsync(CancellationToken cancellationToken)
    {
        var current = FinancialYear.Of(WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime));
        var earliest = await db.Applications.MinAsync(a => (DateTime?)a.ReceivedAt, cancellationToken);
        var first = earliest is { } e ? FinancialYear.Of(WorkingDayCalendar.LondonDate(e)) : current;

        var years = new List<PublishedYear>();
        for (var year = current; year.StartYear >= first.StartYear; year = year.Previous)
        {
            var counted = await AnnualFigures.CountAsync(db, year, planner.Calendar, cancellationToken);
            var figures = counted.Statutory;
            var b = counted.Breakdowns;
            years.Add(new PublishedYear(
                year.StartYear, year.Label,
                figures.Applications, figures.ThresholdNotMet, figures.ReviewsCarriedOut, figures.ReviewsWithRecommendations,
                _disclosure.Publish(b.ByAsbType, figures.Applications), _disclosure.Publish(b.ByIssueType, figures.Applications), _disclosure.Publish(b.ByChannel, figures.Applications),
                _disclosure.Publish(b.ByPostcodeDistrict, figures.Applications), _disclosure.Publish(b.ByVictimType, figures.Applications),
                _disclosure.PublishYesNo("Third party", b.ThirdParty, figures.Applications), _disclosure.PublishYesNo("Hate-motivated", b.HateMotivated, figures.Applications),
                [.. counted.Timeliness.Select(_disclosure.Publish)]));
        }

        return years;
    }
}
