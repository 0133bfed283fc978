using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseReview.UseCases.Statistics;
using CaseReview.Web.Api;
using CaseReview.Web.Auth;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// The full figures of one financial year for case officers and administrators, with the same CSV and JSON as
/// the API: every handler sends the one <see cref="AnnualStatisticsQuery"/>, so nothing is counted twice.
/// </summary>
public sealed class ReportsModel(IMediator mediator, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : StaffPageModel
{
    /// <summary>Text, not a number, so that anything typed comes back as a message rather than a binding failure.</summary>
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }

    public AnnualStatistics? Statistics { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadThen(_ => Page(), ct);

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => LoadThen(s =>
        File(Encoding.UTF8.GetBytes(StatisticsCsv.Annual(s)), "text/csv", $"asb-case-reviews-{s.FinancialYear}.csv"), ct);

    public Task<IActionResult> OnGetJsonAsync(CancellationToken ct) => LoadThen(s =>
        File(JsonSerializer.SerializeToUtf8Bytes(s, json.Value.SerializerOptions), "application/json", $"asb-case-reviews-{s.FinancialYear}.json"), ct);

    private async Task<IActionResult> LoadThen(Func<AnnualStatistics, IActionResult> answer, CancellationToken ct)
    {
        int? year = null;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (!int.TryParse(Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return Invalid("Enter the year as 4 digits, like 2026 for April 2026 to March 2027");
            }

            year = parsed;
        }

        try
        {
            Statistics = await mediator.Send(new AnnualStatisticsQuery(year), ct);
            Year = Statistics.Year.ToString(CultureInfo.InvariantCulture);
            return answer(Statistics);
        }
        catch (ValidationException invalid)
        {
            return Invalid(invalid.Errors.First().ErrorMessage);
        }
    }

    private PageResult Invalid(string message)
    {
        Errors.Add("year", message);
        ViewData["HasErrors"] = true;
        return Page();
    }
}
