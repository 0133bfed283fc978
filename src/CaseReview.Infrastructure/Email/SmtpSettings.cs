using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace CaseReview.Infrastructure.Email;

/// <summary>The mail server (settings under <c>Email:Smtp</c>).</summary>
public sealed record SmtpSettings
{
    public string Host { get; init; } = "localhost";
    [Range(1, 65535)]
    public int Port { get; init; } = 1025;

    /// <summary>
    /// Unset: TLS is required outside Development (TLS on connect for port 465, otherwise STARTTLS, and a server
    /// that does not offer it gets nothing); in Development, STARTTLS whenever the server offers it. Set, as given.
    /// </summary>
    public SecureSocketOptions? Security { get; init; }
    public string Username { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    [Range(1, 600)]
    public int TimeoutSeconds { get; init; } = 30;
    public string FromAddress { get; init; } = "casereview@localhost";
    public string FromName { get; init; } = "ASB case review";

    /// <summary>The connection security to use: the setting, or the default for the environment (no silent downgrade outside Development).</summary>
    public SecureSocketOptions SecurityFor(bool development) =>
        Security ?? (development ? SecureSocketOptions.Auto : Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls);
}
