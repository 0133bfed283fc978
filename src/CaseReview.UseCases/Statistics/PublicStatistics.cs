using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The published figures for every financial year, for the council's website and open data. The four
/// statutory totals are always shown; breakdown counts below <see cref="StatisticsSettings.SuppressBelow"/>
/// (but above zero) are shown as "fewer than N", so that nobody can be picked out.
/// </summary>
public sealed record PublicStatisticsQuery : IQuery<IReadOnlyList<PublishedYear>>;

public sealed record StatisticsSettings
{
    public int SuppressBelow { get; init; } = 5;
}

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

public sealed class PublicStatisticsHandler(ICaseReviewDb db, StatisticsSettings settings, DeadlinePlanner planner, TimeProvider clock)
    : IQueryHandler<PublicStatisticsQuery, IReadOnlyList<PublishedYear>>
{
    public async ValueTask<IReadOnlyList<PublishedYear>> Handle(PublicStatisticsQuery query, CancellationToken cancellationToken)
    {
        var current = FinancialYear.Of(WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime));
        var earliest = await db.Applications.MinAsync(a => (DateTime?)a.ReceivedAt, cancellationToken);
        var first = earliest is { } e ? FinancialYear.Of(WorkingDayCalendar.LondonDate(e)) : current;
        var facts = await StatisticsFacts.LoadAsync(db, first.FirstDay, current.LastDay, cancellationToken);

        var years = new List<PublishedYear>();
        for (var year = current; year.StartYear >= first.StartYear; year = year.Previous)
        {
            var figures = AnnualFigures.Statutory(facts, year);
            var b = AnnualFigures.Breakdown(facts, year);
            years.Add(new PublishedYear(
                year.StartYear, year.Label,
                figures.Applications, figures.ThresholdNotMet, figures.ReviewsCarriedOut, figures.ReviewsWithRecommendations,
                Publish(b.ByAsbType), Publish(b.ByIssueType), Publish(b.ByChannel), Publish(b.ByPostcodeDistrict), Publish(b.ByVictimType),
                Publish("Third party", b.ThirdParty), Publish("Hate-motivated", b.HateMotivated),
                [.. AnnualFigures.Timeliness(facts, year, planner.Calendar).Select(t =>
                    new PublishedTimeliness(t.Stage, Publish("On time", t.OnTime), Publish("Late", t.Late), t.MedianWorkingDays))]));
        }

        return years;
    }

    private List<PublishedCount> Publish(IReadOnlyList<CountRow> rows) => [.. rows.Select(r => Publish(r.Key, r.Count))];

    private PublishedCount Publish(string key, int count) =>
        count > 0 && count < settings.SuppressBelow
            ? new PublishedCount(key, null, $"fewer than {settings.SuppressBelow}")
            : new PublishedCount(key, count, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
