using System.Text.Json.Nodes;
using CaseReview.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseReview.Web.Health;

/// <summary>
/// Three anonymous answers about the instance. <c>/health/live</c>: the process answers (no check runs; restart the
/// instance only when this fails). <c>/health/ready</c>: the checks tagged <see cref="Ready"/>: the database decides
/// (503 when unreachable: take the instance out of the load balancer), the mail server can only degrade it.
/// <c>/health</c>: the app and its database, in plain text, as before. The JSON answers name each check and its
/// status, and nothing else: no error text, host name or connection string.
/// </summary>
internal static class HealthEndpoints
{
    public const string Ready = "ready";

    /// <summary>The checks behind the plain <c>/health</c>: the app and its database.</summary>
    public const string App = "app";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddSingleton<SmtpHealthCheck>();
        services.AddHealthChecks()
            .AddDbContextCheck<CaseReviewDbContext>("database", HealthStatus.Unhealthy, [Ready, App])
            .AddCheck<SmtpHealthCheck>(SmtpHealthCheck.Name, HealthStatus.Degraded, [Ready]);
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(App) }).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteJsonAsync }).AllowAnonymous();
        return app;
    }

    /// <summary><c>{"status":"Degraded","checks":{"database":"Healthy","smtp":"Degraded"}}</c>.</summary>
    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        var checks = new JsonObject();
        foreach (var (name, entry) in report.Entries)
        {
            checks[name] = entry.Status.ToString();
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(new JsonObject { ["status"] = report.Status.ToString(), ["checks"] = checks }.ToJsonString());
    }
}
