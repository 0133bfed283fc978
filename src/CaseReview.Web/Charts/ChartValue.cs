using System.Globalization;

namespace CaseReview.Web.Charts;

/// <summary>A value as shown: <c>Number</c> is null when it is suppressed, so no bar is drawn and only <c>Display</c> is shown.</summary>
public sealed record ChartValue(double? Number, string Display)
{
    public static ChartValue Of(int count) => new(count, count.ToString(CultureInfo.InvariantCulture));
}
