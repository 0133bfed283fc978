namespace CaseReview.Domain.Calendar;

/// <summary>Monday to Friday, less bank holidays. Dates are Europe/London calendar dates.</summary>
public sealed class WorkingDayCalendar
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private readonly HashSet<DateOnly> _bankHolidays;

    // Day numbers of holidays that fall Monday-Friday, sorted, so counting a range is a binary search.
    private readonly int[] _weekdayHolidays;

    public WorkingDayCalendar(IEnumerable<DateOnly> bankHolidays)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        _bankHolidays = [.. bankHolidays];
        _weekdayHolidays = [.. _bankHolidays.Where(IsWeekday).Select(d => d.DayNumber).Order()];
    }

    public bool IsWorkingDay(DateOnly date) => IsWeekday(date) && !_bankHolidays.Contains(date);

    /// <summary>
    /// The Nth working day after <paramref name="start"/>. The start day never counts, even when it is a
    /// working day, so "within 2 working days" of a Thursday is the following Monday in an ordinary week.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The Nth working day before <paramref name="end"/> (which itself never counts), e.g. the day to remind before a due date.</summary>
    public DateOnly SubtractWorkingDays(DateOnly end, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var date = end;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(-1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Working days d with from &lt; d &lt;= to; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var weekdays = WeekdaysThrough(to.DayNumber) - WeekdaysThrough(from.DayNumber);
        var holidays = HolidaysThrough(to.DayNumber) - HolidaysThrough(from.DayNumber);
        return weekdays - holidays;
    }

    /// <summary>Red once overdue; amber when due within <paramref name="amberWithinWorkingDays"/> working days (including today).</summary>
    public Rag RagFor(DateOnly dueDate, DateOnly today, int amberWithinWorkingDays = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amberWithinWorkingDays);

        if (today > dueDate)
        {
            return Rag.Red;
        }

        return WorkingDaysBetween(today, dueDate) <= amberWithinWorkingDays ? Rag.Amber : Rag.Green;
    }

    /// <summary>
    /// The first instant of <paramref name="date"/> in London, as UTC: the instants from one day's midnight to the next
    /// are exactly those whose London date is that day (summer time included).
    /// </summary>
    public static DateTime LondonMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);

    /// <summary>Midday in London on <paramref name="date"/>, as UTC: the instant recorded for something known only by its day.</summary>
    public static DateTime LondonNoonUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified), London);

    /// <summary>The Europe/London calendar date of an instant. Unspecified kinds are taken as UTC (as stored).</summary>
    public static DateOnly LondonDate(DateTime utcInstant) => DateOnly.FromDateTime(LondonTime(utcInstant));

    /// <summary>The Europe/London clock time of an instant (summer time included). Unspecified kinds are taken as UTC (as stored).</summary>
    public static DateTime LondonTime(DateTime utcInstant)
    {
        var utc = utcInstant.Kind switch
        {
            DateTimeKind.Local => utcInstant.ToUniversalTime(),
            _ => DateTime.SpecifyKind(utcInstant, DateTimeKind.Utc),
        };

        return TimeZoneInfo.ConvertTimeFromUtc(utc, London);
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    // DayNumber 0 (1 Jan 0001) is a Monday, so weekdays are the day numbers with n % 7 < 5.
    private static int WeekdaysThrough(int dayNumber)
    {
        var days = dayNumber + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }

    private int HolidaysThrough(int dayNumber)
    {
        var index = Array.BinarySearch(_weekdayHolidays, dayNumber);
        return index >= 0 ? index + 1 : ~index;
    }
}
