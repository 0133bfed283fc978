using System.Globalization;
using CaseReview.Domain.Calendar;

namespace CaseReview.Domain.Tests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = EnglandAndWalesHolidays.Calendar;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-12-24", true)] // Thursday
    [InlineData("2026-12-25", false)] // Christmas Day
    [InlineData("2026-12-26", false)] // Saturday
    [InlineData("2026-12-27", false)] // Sunday
    [InlineData("2026-12-28", false)] // Boxing Day substitute
    [InlineData("2026-12-29", true)]
    public void IsWorkingDay_ExcludesWeekendsAndBankHolidays(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsWorkingDay(D(date)));

    [Fact]
    public void Acknowledgement_ReceivedChristmasEve2026_IsDueWednesday30December() =>
        Assert.Equal(D("2026-12-30"), Calendar.AddWorkingDays(D("2026-12-24"), 2));

    [Fact]
    public void TenWorkingDays_FromChristmasEve2026_SkipChristmasAndNewYear()
    {
        // 29, 30, 31 Dec; 1 Jan is a holiday; 4-8 Jan; 11, 12 Jan.
        var due = Calendar.AddWorkingDays(D("2026-12-24"), 10);

        Assert.Equal(D("2027-01-12"), due);
    }

    [Theory]
    [InlineData("2027-01-04", 2, "2026-12-30")] // back over New Year's Day and the weekend
    [InlineData("2026-12-30", 2, "2026-12-24")] // back over 28 and 25 December
    [InlineData("2027-03-30", 1, "2027-03-25")] // back over Easter 2027 (26 and 29 March)
    [InlineData("2026-11-04", 0, "2026-11-04")]
    public void WorkingDaysBefore_SkipsWeekendsAndBankHolidays(string end, int workingDays, string expected) =>
        Assert.Equal(D(expected), Calendar.SubtractWorkingDays(D(end), workingDays));

    [Fact]
    public void OneWorkingDay_FromNewYearsEve2026_IsMonday4January2027() =>
        Assert.Equal(D("2027-01-04"), Calendar.AddWorkingDays(D("2026-12-31"), 1));

    [Theory]
    [InlineData(1, "2027-03-30")]
    [InlineData(2, "2027-03-31")]
    public void WorkingDays_FromMaundyThursday2027_SkipEaster(int workingDays, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D("2027-03-25"), workingDays));

    [Theory]
    [InlineData("2026-06-06", 1, "2026-06-08")] // Saturday
    [InlineData("2026-06-07", 1, "2026-06-08")] // Sunday
    [InlineData("2026-06-07", 5, "2026-06-12")]
    public void ClockStartingOnWeekend_CountsFromFollowingMonday(string start, int workingDays, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), workingDays));

    [Theory]
    [InlineData("2026-05-25", 1, "2026-05-26")] // Spring bank holiday
    [InlineData("2026-04-03", 1, "2026-04-07")] // Good Friday, then Easter Monday
    [InlineData("2026-12-25", 2, "2026-12-30")]
    public void ClockStartingOnBankHoliday_CountsFromNextWorkingDay(string start, int workingDays, string expected) =>
        Assert.Equal(D(expected), Calendar.AddWorkingDays(D(start), workingDays));

    [Fact]
    public void WorkingDayStart_IsNotItselfCounted() =>
        Assert.Equal(D("2026-06-09"), Calendar.AddWorkingDays(D("2026-06-08"), 1));

    [Theory]
    [InlineData("2026-06-10")] // working day
    [InlineData("2026-06-13")] // Saturday
    [InlineData("2026-12-25")] // bank holiday
    public void ZeroWorkingDays_ReturnsStart(string start) =>
        Assert.Equal(D(start), Calendar.AddWorkingDays(D(start), 0));

    [Fact]
    public void NegativeWorkingDays_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2026-06-10"), -1));

    [Theory]
    [InlineData("2026-12-24", 2)]
    [InlineData("2026-12-24", 10)]
    [InlineData("2026-12-31", 1)]
    [InlineData("2027-03-25", 20)]
    [InlineData("2026-06-06", 15)]
    [InlineData("2026-12-25", 5)]
    [InlineData("2027-12-24", 3)]
    [InlineData("2026-01-01", 250)]
    [InlineData("2026-06-10", 0)]
    public void WorkingDaysBetween_RoundTripsAddWorkingDays(string start, int workingDays)
    {
        var from = D(start);
        var due = Calendar.AddWorkingDays(from, workingDays);

        Assert.Equal(workingDays, Calendar.WorkingDaysBetween(from, due));
        Assert.Equal(-workingDays, Calendar.WorkingDaysBetween(due, from));
    }

    [Fact]
    public void WorkingDaysBetween_SameDay_IsZero() =>
        Assert.Equal(0, Calendar.WorkingDaysBetween(D("2026-12-25"), D("2026-12-25")));

    [Fact]
    public void WorkingDaysBetween_AcrossChristmas2026_CountsOnlyWorkingDays() =>
        // 29, 30, 31 Dec 2026 and 4 Jan 2027.
        Assert.Equal(4, Calendar.WorkingDaysBetween(D("2026-12-24"), D("2027-01-04")));

    [Fact]
    public void WorkingDaysBetween_MatchesDayByDayCount_OverThreeYears()
    {
        var from = D("2025-12-20");
        var to = D("2029-01-10");
        var expected = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            expected += Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        Assert.Equal(expected, Calendar.WorkingDaysBetween(from, to));
    }

    [Theory]
    [InlineData("2026-12-30", "2026-12-29", Rag.Red)] // a day overdue
    [InlineData("2026-12-30", "2026-12-30", Rag.Amber)] // due today
    [InlineData("2026-12-24", "2026-12-29", Rag.Amber)] // 1 working day away across Christmas
    [InlineData("2026-12-24", "2026-12-30", Rag.Amber)] // 2 working days away
    [InlineData("2026-12-24", "2026-12-31", Rag.Green)] // 3 working days away
    [InlineData("2026-12-30", "2027-01-04", Rag.Amber)] // 31 Dec and 4 Jan: New Year's Day doesn't count
    public void RagFor_UsesWorkingDaysToDueDate(string today, string dueDate, Rag expected) =>
        Assert.Equal(expected, Calendar.RagFor(D(dueDate), D(today)));

    [Fact]
    public void RagFor_HonoursCustomAmberWindow() =>
        Assert.Equal(Rag.Green, Calendar.RagFor(D("2026-12-30"), D("2026-12-24"), amberWithinWorkingDays: 1));

    [Theory]
    [InlineData("2026-06-30T23:30:00Z", "2026-07-01")] // BST: already tomorrow in London
    [InlineData("2026-06-30T22:59:59Z", "2026-06-30")]
    [InlineData("2026-12-31T23:30:00Z", "2026-12-31")] // GMT
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")] // night before clocks go forward (29 Mar)
    [InlineData("2026-03-29T23:30:00Z", "2026-03-30")] // first night of BST
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")] // last night of BST
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")] // first night of GMT
    public void LondonDate_FollowsBritishSummerTime(string utc, string expected)
    {
        var instant = DateTime.Parse(utc, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        Assert.Equal(DateTimeKind.Utc, instant.Kind);
        Assert.Equal(D(expected), WorkingDayCalendar.LondonDate(instant));
    }

    [Theory]
    [InlineData("2026-01-15", "2026-01-15T00:00:00")] // winter: London is UTC
    [InlineData("2026-04-01", "2026-03-31T23:00:00")] // summer time: London midnight is 23:00 UTC the day before
    [InlineData("2026-10-25", "2026-10-24T23:00:00")] // the day the clocks go back starts in summer time
    public void LondonMidnightUtc_IsTheFirstInstantOfTheLondonDay(string date, string expectedUtc)
    {
        var midnight = WorkingDayCalendar.LondonMidnightUtc(D(date));

        Assert.Equal(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), midnight);
        Assert.Equal(DateTimeKind.Utc, midnight.Kind);
        Assert.Equal(D(date), WorkingDayCalendar.LondonDate(midnight));
        Assert.Equal(D(date).AddDays(-1), WorkingDayCalendar.LondonDate(midnight.AddTicks(-1)));
    }

    [Fact]
    public void LondonDate_TreatsUnspecifiedKindAsUtc() =>
        // Databases hand DateTime back without a kind; it was stored as UTC.
        Assert.Equal(D("2026-07-01"), WorkingDayCalendar.LondonDate(new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Unspecified)));
}

public sealed class BankHolidayFeedTests
{
    private const string Sample = """
        {
          "england-and-wales": {
            "division": "england-and-wales",
            "events": [
              { "title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true },
              { "title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true }
            ]
          },
          "scotland": {
            "division": "scotland",
            "events": [
              { "title": "St Andrew’s Day", "date": "2026-11-30", "notes": "", "bunting": true }
            ]
          }
        }
        """;

    [Fact]
    public void Parse_ReadsEnglandAndWalesByDefault_InDateOrder() =>
        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 28)], BankHolidayFeed.Parse(Sample));

    [Fact]
    public void Parse_ReadsNamedDivision() =>
        Assert.Equal([new DateOnly(2026, 11, 30)], BankHolidayFeed.Parse(Sample, "scotland"));

    [Fact]
    public void Parse_MissingDivision_ThrowsFormatException()
    {
        var ex = Assert.Throws<FormatException>(() => BankHolidayFeed.Parse(Sample, "northern-ireland"));

        Assert.Contains("northern-ireland", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"25/12/2026\"")]
    [InlineData("\"2026-02-30\"")]
    [InlineData("20261225")]
    [InlineData("null")]
    public void Parse_MalformedDate_ThrowsFormatException(string date)
    {
        var json = $$"""{ "england-and-wales": { "division": "england-and-wales", "events": [ { "title": "X", "date": {{date}} } ] } }""";

        Assert.Throws<FormatException>(() => BankHolidayFeed.Parse(json));
    }

    [Fact]
    public void Parse_InvalidJson_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => BankHolidayFeed.Parse("{ not json"));
}
