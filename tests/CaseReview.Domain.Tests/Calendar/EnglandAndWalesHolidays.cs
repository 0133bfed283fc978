using CaseReview.Domain.Calendar;

namespace CaseReview.Domain.Tests.Calendar;

/// <summary>England and Wales bank holidays 2026-2028, written out by hand so tests do not depend on the shipped file.</summary>
public static class EnglandAndWalesHolidays
{
    public static IReadOnlyList<DateOnly> Dates { get; } =
    [
        new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4),
        new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        new(2027, 1, 1), new(2027, 3, 26), new(2027, 3, 29), new(2027, 5, 3),
        new(2027, 5, 31), new(2027, 8, 30), new(2027, 12, 27), new(2027, 12, 28),
        new(2028, 1, 3), new(2028, 4, 14), new(2028, 4, 17), new(2028, 5, 1),
        new(2028, 5, 29), new(2028, 8, 28), new(2028, 12, 25), new(2028, 12, 26),
    ];

    public static WorkingDayCalendar Calendar { get; } = new(Dates);
}
