using CaseReview.Domain.Calendar;

namespace CaseReview.UseCases.Statistics;

/// <summary>
/// A financial year, 1 April to 31 March, on Europe/London dates: the period the s.104(10) figures are
/// published for. <c>new FinancialYear(2026)</c> is 1 April 2026 to 31 March 2027, labelled "2026-27".
/// </summary>
public readonly record struct FinancialYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 4, 1);
    public DateOnly LastDay => new(StartYear + 1, 3, 31);
    public string Label => $"{StartYear}-{(StartYear + 1) % 100:D2}";
    public FinancialYear Previous => new(StartYear - 1);

    /// <summary>The year's London days as UTC instants, end exclusive: what a query over stored UTC times compares against.</summary>
    public (DateTime Start, DateTime End) UtcBounds =>
        (WorkingDayCalendar.LondonMidnightUtc(FirstDay), WorkingDayCalendar.LondonMidnightUtc(LastDay.AddDays(1)));

    public bool Contains(DateOnly londonDate) => londonDate >= FirstDay && londonDate <= LastDay;

    public static FinancialYear Of(DateOnly londonDate) => new(londonDate.Month >= 4 ? londonDate.Year : londonDate.Year - 1);
}
