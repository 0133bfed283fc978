using CaseReview.Domain.Calendar;
using CaseReview.IntegrationTests.Support;
using CaseReview.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.IntegrationTests.Persistence;

/// <summary>
/// Stages done before the UK completion date was stored (issue 16) get it from the migration, by the same rule the app
/// uses (<see cref="WorkingDayCalendar.LondonDate"/>): a stage done at 23:30 UTC in summer was done the next day in the
/// UK, in winter the same day, and the clocks change at 01:00 UTC on the last Sundays of March and October. Runs on the
/// suite's database.
/// </summary>
public sealed class StageCompletedOnMigrationTests
{
    private static readonly string[] DoneAt =
    [
        "2026-07-01 22:59:00", // summer, 23:59 in the UK
        "2026-07-01 23:30:00", // summer, 00:30 the next day in the UK
        "2026-12-01 23:30:00", // winter, the same day
        "2026-03-28 23:30:00", // the Saturday before the clocks go forward: still winter
        "2026-03-29 00:59:00", // the Sunday, a minute before they go forward
        "2026-03-29 23:30:00", // the same Sunday, now summer
        "2026-10-24 23:30:00", // the Saturday before they go back: summer, so Sunday in the UK
        "2026-10-25 00:59:00", // the Sunday, still summer
        "2026-10-25 23:30:00", // the same Sunday, now winter
        "2019-10-26 23:30:00", // another year's rule: last Sunday of October 2019 was the 27th
    ];

    [Fact]
    public async Task StagesDoneBeforeTheMigration_GetTheirUkDate_AndOpenOnesNone()
    {
        await using var old = await OldDatabase.AtAsync("ProcessingRestriction");
        var instant = (string utc) => TestDatabase.IsPostgreSql ? $"'{utc}+00'" : $"'{utc}'";
        // The test's own literals: no input from outside.
        var rows = DoneAt.Select(at => $"('ThresholdDecision', '2026-01-01', '2026-12-31', {instant(at)}, {OldDatabase.No})")
            .Append($"('Outcome', '2026-01-01', '2026-12-31', NULL, {OldDatabase.No})");
        var insert = $"""INSERT INTO "StageDeadlines" ("Stage", "StartedOn", "DueDate", "CompletedAt", "Cancelled") VALUES {string.Join(", ", rows)};""";
        await old.Db.Database.ExecuteSqlRawAsync(insert);

        await old.MigrateToLatestAsync();

        var stored = await old.Db.StageDeadlines.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.CompletedAt, d.CompletedOn }).ToListAsync();
        Assert.Equal(DoneAt.Length + 1, stored.Count);
        Assert.Equal(
            [.. DoneAt.Select(at => (DateOnly?)WorkingDayCalendar.LondonDate(DateTime.SpecifyKind(DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc))), null],
            stored.Select(d => d.CompletedOn));
        Assert.Equal(
            [new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2), new DateOnly(2026, 12, 1), new DateOnly(2026, 3, 28), new DateOnly(2026, 3, 29),
             new DateOnly(2026, 3, 30), new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25), new DateOnly(2019, 10, 27), null],
            stored.Select(d => d.CompletedOn));
    }
}
