using CaseReview.Domain.Calendar;

namespace CaseReview.Domain.Tests.Calendar;

/// <summary>Checks the bank-holidays file shipped with Infrastructure against the hand-written fixture.</summary>
public sealed class ShippedBankHolidaysTests
{
    private static readonly IReadOnlyList<DateOnly> Shipped = BankHolidayFeed.Parse(File.ReadAllText(ShippedFilePath()));

    [Fact]
    public void ShippedFile_ContainsEveryFixtureHoliday() =>
        Assert.All(EnglandAndWalesHolidays.Dates, d => Assert.Contains(d, Shipped));

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2029)]
    [InlineData(2030)]
    public void ShippedFile_HasEightEnglandAndWalesHolidaysInYear(int year) =>
        Assert.Equal(8, Shipped.Count(d => d.Year == year));

    [Fact]
    public void ShippedFile_HasNoHolidayOnAWeekend() =>
        Assert.DoesNotContain(Shipped, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);

    [Theory]
    [InlineData("scotland")]
    [InlineData("northern-ireland")]
    public void ShippedFile_HasOtherDivisions(string division) =>
        Assert.NotEmpty(BankHolidayFeed.Parse(File.ReadAllText(ShippedFilePath()), division));

    private static string ShippedFilePath()
    {
        // Walk up from the test output folder to the repository root (the folder holding the solution).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CaseReview.sln")))
            {
                return Path.Combine(dir.FullName, "src", "CaseReview.Infrastructure", "Calendar", "bank-holidays.json");
            }
        }

        throw new InvalidOperationException($"No CaseReview.sln above {AppContext.BaseDirectory}.");
    }
}
