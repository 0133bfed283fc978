using CaseReview.Web.Forms;

namespace CaseReview.IntegrationTests.ResidentPages;

public sealed class DatePartsTests
{
    [Theory]
    [InlineData("2", "10", "2026", 2026, 10, 2)]
    [InlineData("29", "2", "2028", 2028, 2, 29)]
    public void RealDate_IsRead(string day, string month, string year, int y, int m, int d)
    {
        var (date, problem) = new DateParts { Day = day, Month = month, Year = year }.Read("The date");

        Assert.Equal(new DateOnly(y, m, d), date);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("31", "2", "2026", "must be a real date")]
    [InlineData("1", "13", "2026", "must be a real date")]
    [InlineData("x", "1", "2026", "must be a real date")]
    [InlineData("1", "", "2026", "must include a day, month and year")]
    public void NotARealDate_IsExplainedInPlainWords(string day, string month, string year, string expected)
    {
        var (date, problem) = new DateParts { Day = day, Month = month, Year = year }.Read("The date it happened");

        Assert.Null(date);
        Assert.StartsWith("The date it happened ", problem);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public void EmptyDate_IsNoDateAndNoProblem() => Assert.Equal((null, null), new DateParts().Read("The date"));
}
