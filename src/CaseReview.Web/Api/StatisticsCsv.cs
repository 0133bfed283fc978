using System.Globalization;
using System.Text;
using CaseReview.UseCases.Statistics;

namespace CaseReview.Web.Api;

/// <summary>Statistics as CSV in long form (one figure a row), which spreadsheets and open-data portals read directly.</summary>
internal static class StatisticsCsv
{
    private const string Header = "financial_year,measure,category,value";

    public static string Annual(AnnualStatistics s)
    {
        var csv = new StringBuilder().AppendLine(Header);
        var year = s.FinancialYear;
        Row(csv, year, "applications", "", s.Applications);
        Row(csv, year, "threshold_not_met", "", s.ThresholdNotMet);
        Row(csv, year, "reviews_carried_out", "", s.ReviewsCarriedOut);
        Row(csv, year, "reviews_with_recommendations", "", s.ReviewsWithRecommendations);
        Rows(csv, year, "asb_type", s.Breakdowns.ByAsbType.Select(r => (r.Key, r.Count.ToString(CultureInfo.InvariantCulture))));
        Rows(csv, year, "issue_type", s.Breakdowns.ByIssueType.Select(r => (r.Key, r.Count.ToString(CultureInfo.InvariantCulture))));
        Rows(csv, year, "channel", s.Breakdowns.ByChannel.Select(r => (r.Key, r.Count.ToString(CultureInfo.InvariantCulture))));
        Rows(csv, year, "postcode_district", s.Breakdowns.ByPostcodeDistrict.Select(r => (r.Key, r.Count.ToString(CultureInfo.InvariantCulture))));
        Rows(csv, year, "victim_type", s.Breakdowns.ByVictimType.Select(r => (r.Key, r.Count.ToString(CultureInfo.InvariantCulture))));
        Row(csv, year, "third_party", "", s.Breakdowns.ThirdParty);
        Row(csv, year, "hate_motivated", "", s.Breakdowns.HateMotivated);
        foreach (var t in s.Timeliness)
        {
            Row(csv, year, "on_time", t.Stage.ToString(), t.OnTime);
            Row(csv, year, "late", t.Stage.ToString(), t.Late);
            Field(csv, year, "median_working_days", t.Stage.ToString(), t.MedianWorkingDays?.ToString(CultureInfo.InvariantCulture) ?? "");
        }

        // The satisfaction survey: anonymous answers, so small counts stay hidden here too; never the comments.
        Row(csv, year, "survey_invited", "", s.Survey.Invited);
        Row(csv, year, "survey_responses", "", s.Survey.Responses);
        Rows(csv, year, "survey_improved", s.Survey.Improved.Select(Shown));
        Rows(csv, year, "survey_kept_informed", s.Survey.KeptInformed.Select(Shown));
        Rows(csv, year, "survey_listened_to", s.Survey.ListenedTo.Select(Shown));
        return csv.ToString();
    }

    public static string Published(IReadOnlyList<PublishedYear> years)
    {
        var csv = new StringBuilder().AppendLine(Header);
        foreach (var y in years)
        {
            var year = y.FinancialYear;
            Row(csv, year, "applications", "", y.Applications);
            Row(csv, year, "threshold_not_met", "", y.ThresholdNotMet);
            Row(csv, year, "reviews_carried_out", "", y.ReviewsCarriedOut);
            Row(csv, year, "reviews_with_recommendations", "", y.ReviewsWithRecommendations);
            Rows(csv, year, "asb_type", y.ByAsbType.Select(Shown));
            Rows(csv, year, "issue_type", y.ByIssueType.Select(Shown));
            Rows(csv, year, "channel", y.ByChannel.Select(Shown));
            Rows(csv, year, "postcode_district", y.ByPostcodeDistrict.Select(Shown));
            Rows(csv, year, "victim_type", y.ByVictimType.Select(Shown));
            Field(csv, year, "third_party", "", y.ThirdParty.Display);
            Field(csv, year, "hate_motivated", "", y.HateMotivated.Display);
            foreach (var t in y.Timeliness)
            {
                Field(csv, year, "on_time", t.Stage.ToString(), t.OnTime.Display);
                Field(csv, year, "late", t.Stage.ToString(), t.Late.Display);
                Field(csv, year, "median_working_days", t.Stage.ToString(), t.MedianWorkingDays?.ToString(CultureInfo.InvariantCulture) ?? "");
            }
        }

        return csv.ToString();
    }

    private static (string Key, string Value) Shown(PublishedCount c) => (c.Key, c.Display);

    private static void Rows(StringBuilder csv, string year, string measure, IEnumerable<(string Key, string Value)> rows)
    {
        foreach (var (key, value) in rows)
        {
            Field(csv, year, measure, key, value);
        }
    }

    private static void Row(StringBuilder csv, string year, string measure, string category, int value) =>
        Field(csv, year, measure, category, value.ToString(CultureInfo.InvariantCulture));

    private static void Field(StringBuilder csv, string year, string measure, string category, string value) =>
        csv.Append(year).Append(',').Append(measure).Append(',').Append(Escape(category)).Append(',').Append(Escape(value)).Append('\n');

    // Quote anything with a comma, quote or line break; a leading =, +, - or @ is neutralised so no spreadsheet runs it.
    private static string Escape(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) && !double.TryParse(value, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
