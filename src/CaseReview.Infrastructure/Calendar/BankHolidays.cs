using System.Reflection;
using CaseReview.Domain.Calendar;

namespace CaseReview.Infrastructure.Calendar;

/// <summary>
/// England and Wales bank holidays, in the format of the GOV.UK bank-holidays feed. The shipped file covers
/// 2024-2030; a council drops a newer copy of the feed in and points <c>Calendar:BankHolidaysFile</c> at it.
/// </summary>
public static class BankHolidays
{
    public static WorkingDayCalendar Load(string? overrideFile)
    {
        string json;
        if (!string.IsNullOrWhiteSpace(overrideFile))
        {
            json = File.ReadAllText(overrideFile);
        }
        else
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CaseReview.BankHolidays.json")
                ?? throw new InvalidOperationException("The shipped bank-holidays file is missing from the build.");
            using var reader = new StreamReader(stream);
            json = reader.ReadToEnd();
        }

        return new WorkingDayCalendar(BankHolidayFeed.Parse(json));
    }
}
