using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Common;
using FluentValidation;
using Mediator;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// The statutory figures and breakdowns for the financial year starting 1 April of <c>Year</c>, for staff, with the
/// satisfaction survey's results for cases closed in it.
/// </summary>
[Callers(Callers.Caseworkers, "see the full statistics")]
public sealed record AnnualStatisticsQuery(int? Year) : IQuery<AnnualStatistics>;

public sealed record YearOnYear(StatutoryFigures PreviousYear, StatutoryFigures Change);

public sealed record AnnualStatistics(
    int Year,
    string FinancialYear,
    DateOnly From,
    DateOnly To,
    int Applications,
    int ThresholdNotMet,
    int ReviewsCarriedOut,
    int ReviewsWithRecommendations,
    Breakdowns Breakdowns,
    IReadOnlyList<StageTimeliness> Timeliness,
    YearOnYear YearOnYear,
    SurveyResults Survey);

public sealed class AnnualStatisticsValidator : AbstractValidator<AnnualStatisticsQuery>
{
    public AnnualStatisticsValidator() =>
        RuleFor(x => x.Year).InclusiveBetween(2014, 2100).WithMessage("Give the year the financial year starts in, like 2026 for April 2026 to March 2027");
}

public sealed class AnnualStatisticsHandler(ICaseReviewDb db, DeadlinePlanner planner, TimeProvider clock, StatisticsSettings settings, ICurrentUser user)
    : IQueryHandler<AnnualStatisticsQuery, AnnualStatistics>
{
    public async ValueTask<AnnualStatistics> Handle(AnnualStatisticsQuery query, CancellationToken cancellationToken)
    {
        var year = query.Year is { } y ? new FinancialYear(y) : FinancialYear.Of(WorkingDayCalendar.LondonDate(clock.GetUtcNow().UtcDateTime));
        var counted = await AnnualFigures.CountAsync(db, year, planner.Calendar, cancellationToken);
        var figures = counted.Statutory;
        var previous = await AnnualFigures.StatutoryAsync(db, year.Previous, cancellationToken);
        var change = new StatutoryFigures(
            figures.Applications - previous.Applications,
            figures.ThresholdNotMet - previous.ThresholdNotMet,
            figures.ReviewsCarriedOut - previous.ReviewsCarriedOut,
            figures.ReviewsWithRecommendations - previous.ReviewsWithRecommendations);
        var survey = await SurveyFigures.CountAsync(db, year, new StatisticalDisclosure(settings), cancellationToken);
        if (survey.Comments.Count > 0)
        {
            // The applicants' own words: who read them is on record, as for any personal data.
            db.AuditEntries.Add(user.Audit(clock.GetUtcNow().UtcDateTime, "survey.comments-viewed", null, $"year={year.Label} comments={survey.Comments.Count}"));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new AnnualStatistics(
            year.StartYear, year.Label, year.FirstDay, year.LastDay,
            figures.Applications, figures.ThresholdNotMet, figures.ReviewsCarriedOut, figures.ReviewsWithRecommendations,
            counted.Breakdowns,
            counted.Timeliness,
            new YearOnYear(previous, change),
            survey);
    }
}
