using System.Net.Sockets;
using CaseReview.Infrastructure.Email;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseReview.Web.Health;

/// <summary>
/// Whether the mail server (<c>Email:Smtp:Host</c> and <c>Port</c>) accepts a TCP connection within
/// <see cref="ConnectTimeout"/>. One probe serves every caller for <see cref="KeptFor"/>, so a load balancer polling
/// each second opens a connection at most that often. Registered as degraded, never unhealthy: while the mail server
/// is down the outbox keeps the emails, and the instance should keep its traffic.
/// </summary>
internal sealed class SmtpHealthCheck(SmtpSettings smtp, TimeProvider clock) : IHealthCheck
{
    public const string Name = "smtp";

    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private Task<bool>? _probe;
    private DateTimeOffset _probedAt;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<bool> probe;
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_probe is null || (_probe.IsCompleted && now - _probedAt >= KeptFor))
            {
                _probedAt = now;
                _probe = Task.Run(ConnectsAsync, CancellationToken.None);
            }

            probe = _probe;
        }

        // Shared by every caller, so one caller's cancellation stops only its own wait.
        return await probe.WaitAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The mail server accepts connections.")
            : new HealthCheckResult(context.Registration.FailureStatus, "The mail server does not answer; emails wait in the outbox.");
    }

    private async Task<bool> ConnectsAsync()
    {
        using var timeout = new CancellationTokenSource(ConnectTimeout);
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, timeout.Token);
            return true;
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ArgumentException)
        {
            return false;
        }
    }
}
