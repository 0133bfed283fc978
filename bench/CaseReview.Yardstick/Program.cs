using System.Text.Json;
using CaseReview.Yardstick;
using Microsoft.EntityFrameworkCore;

// The yardstick for `submit` (bench/README.md): a minimal API that reads a body shaped like an application and
// inserts one row with EF Core, on SQLite in WAL mode with the app's own connection pragmas, and nothing else
// (no validation, reference number, idempotency, audit, emails or write gate).
var builder = WebApplication.CreateSlimBuilder(args);
var path = builder.Configuration["Yardstick:SqlitePath"] ?? Path.Combine(Path.GetTempPath(), "casereview-yardstick.db");
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddDbContext<YardstickDb>(o => o.UseSqlite($"Data Source={path}").AddInterceptors(new YardstickPragmas()));

var app = builder.Build();
using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<YardstickDb>();
    await db.Database.EnsureCreatedAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
}

app.MapGet("/health", () => Results.Ok());
app.MapPost("/api/applications", async (SubmissionBody body, YardstickDb db, CancellationToken ct) =>
{
    var row = new SubmissionRow
    {
        Id = Guid.NewGuid(),
        ReceivedAt = DateTime.UtcNow,
        ApplicantName = body.Applicant?.Name ?? string.Empty,
        ApplicantEmail = body.Applicant?.Email,
        Location = body.Location ?? string.Empty,
        Description = body.Description ?? string.Empty,
        Impact = body.Impact ?? string.Empty,
        Complaints = JsonSerializer.Serialize(body.Complaints ?? []),
    };
    db.Submissions.Add(row);
    await db.SaveChangesAsync(ct);
    return Results.Created($"/api/applications/{row.Id}", new { row.Id });
});

await app.RunAsync();
