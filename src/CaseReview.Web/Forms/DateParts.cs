using System.Globalization;

namespace CaseReview.Web.Forms;

/// <summary>A GOV.UK date input: day, month and year as typed, so a mistake is shown back exactly as entered.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, or null with a message when what was typed is not a real date.</summary>
    public (DateOnly? Date, string? Problem) Read(string what)
    {
        if (IsEmpty)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(Day) || string.IsNullOrWhiteSpace(Month) || string.IsNullOrWhiteSpace(Year))
        {
            return (null, $"{what} must include a day, month and year");
        }

        var ok = int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            & int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            & int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y);
        if (!ok || y < 1900 || y > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return (null, $"{what} must be a real date, like 27 3 2026");
        }

        return (new DateOnly(y, m, d), null);
    }

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();
}
