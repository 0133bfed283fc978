using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace CaseReview.Web.Telemetry;

/// <summary>Where traces and metrics go (settings under <c>Telemetry</c>); an empty <see cref="OtlpEndpoint"/> exports nothing.</summary>
internal sealed record TelemetrySettings : IValidatableObject
{
    /// <summary>An OpenTelemetry collector, e.g. <c>http://otel-collector:4317</c> (gRPC) or <c>http://otel-collector:4318</c> (HTTP).</summary>
    public string OtlpEndpoint { get; init; } = string.Empty;

    /// <summary><c>Grpc</c> or <c>HttpProtobuf</c>; with HTTP the signal's path (<c>/v1/traces</c>, <c>/v1/metrics</c>) is added to the endpoint.</summary>
    public OtlpExportProtocol OtlpProtocol { get; init; } = OtlpExportProtocol.Grpc;

    [Required(AllowEmptyStrings = false)]
    [MaxLength(100)]
    public string ServiceName { get; init; } = "casereview";

    /// <summary>The collector's address, or null when export is off (or the setting is wrong, which stops the start).</summary>
    public Uri? Endpoint =>
        Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint) && Endpoint is null)
        {
            yield return new ValidationResult(
                $"'{OtlpEndpoint}' is not a whole http(s) address of an OpenTelemetry collector, e.g. http://otel-collector:4317; leave it empty to export nothing",
                [nameof(OtlpEndpoint)]);
        }
    }
}
