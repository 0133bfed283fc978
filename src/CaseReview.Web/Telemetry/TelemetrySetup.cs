using CaseReview.Infrastructure;
using CaseReview.UseCases.Common;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseReview.Web.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is set (nothing is
/// collected otherwise). Traces: requests (not the health probes), outgoing HTTP calls and the background jobs' rounds
/// (<see cref="CaseReviewTelemetry.ActivitySource"/>). Metrics: ASP.NET Core's request metrics, the runtime's, and
/// the app's own meter (<see cref="CaseReviewTelemetry"/>).
/// </summary>
internal static class TelemetrySetup
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<TelemetrySettings>(configuration, "Telemetry");
        // A wrong value is reported by the start-up check with the key named; here it only means no export.
        var settings = configuration.GetSection("Telemetry").Get<TelemetrySettings>() ?? new TelemetrySettings();
        if (settings.Endpoint is not { } endpoint)
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(CaseReviewTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Export(o, settings.OtlpProtocol, endpoint, "v1/traces")))
            .WithMetrics(metrics => metrics
                .AddMeter(CaseReviewTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddOtlpExporter(o => Export(o, settings.OtlpProtocol, endpoint, "v1/metrics")));
        return services;
    }

    private static void Export(OtlpExporterOptions options, OtlpExportProtocol protocol, Uri endpoint, string signalPath)
    {
        options.Protocol = protocol;
        // gRPC takes the collector's address as it is; over HTTP each signal has its own path below it.
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(new Uri(endpoint.AbsoluteUri.TrimEnd('/') + "/"), signalPath)
            : endpoint;
    }
}
