using System.Globalization;
using System.Text.Json;

namespace CaseReview.Domain.Calendar;

/// <summary>Reads the GOV.UK bank-holidays feed (https://www.gov.uk/bank-holidays.json).</summary>
public static class BankHolidayFeed
{
    /// <summary>The distinct dates of one division, in date order.</summary>
    public static IReadOnlyList<DateOnly> Parse(string json, string division = "england-and-wales")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(division);

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty(division, out var section)
                || section.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"The bank-holidays feed has no \"{division}\" division.");
            }

            if (!section.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"The \"{division}\" division of the bank-holidays feed has no events array.");
            }

            var dates = new SortedSet<DateOnly>();
            foreach (var item in events.EnumerateArray())
            {
                dates.Add(ReadDate(item, division));
            }

            return [.. dates];
        }
        catch (JsonException ex)
        {
            throw new FormatException("The bank-holidays feed is not valid JSON.", ex);
        }
    }

    private static DateOnly ReadDate(JsonElement item, string division)
    {
        var text = item.ValueKind == JsonValueKind.Object
            && item.TryGetProperty("date", out var date)
            && date.ValueKind == JsonValueKind.String
                ? date.GetString()
                : null;

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new FormatException(
                $"A \"{division}\" event in the bank-holidays feed has date \"{text ?? "(missing)"}\"; expected YYYY-MM-DD.");
        }

        return parsed;
    }
}
