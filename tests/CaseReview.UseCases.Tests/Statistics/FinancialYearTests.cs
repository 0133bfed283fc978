using CaseReview.UseCases.Statistics;

namespace CaseReview.UseCases.Tests.Statistics;

public sealed class FinancialYearTests
{
    [Theory]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2027, 4, 1, 2027)]
    [InlineData(2027, 1, 1, 2026)]
    [InlineData(2026, 12, 31, 2026)]
    public void AFinancialYearRunsFrom1AprilTo31March(int y, int m, int d, int startYear)
    {
        Assert.Equal(startYear, FinancialYear.Of(new DateOnly(y, m, d)).StartYear);
    }

    [Fact]
    public void FinancialYear_IsLabelledAsCouncilsPublishIt()
    {
        var year = new FinancialYear(2026);

        Assert.Equal("2026-27", year.Label);
        Assert.Equal(new DateOnly(2026, 4, 1), year.FirstDay);
        Assert.Equal(new DateOnly(2027, 3, 31), year.LastDay);
        Assert.Equal("2099-00", new FinancialYear(2099).Label);
    }

    [Theory]
    [InlineData("B98 8AH", "B98")]
    [InlineData("b988ah", "B98")]
    [InlineData("SW1A 1AA", "SW1A")]
    [InlineData("M1 1AE", "M1")]
    [InlineData(null, "Not given")]
    [InlineData("  ", "Not given")]
    public void PostcodeDistrict_IsTheOutwardCode(string? postcode, string district)
    {
        Assert.Equal(district, AnnualFigures.PostcodeDistrict(postcode));
    }
}
