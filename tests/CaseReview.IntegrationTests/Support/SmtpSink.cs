using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CaseReview.TestSupport;
using MimeKit;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd, writing every message it accepts to a Maildir that the
/// test reads back. <c>.ci/run</c> installs it (package python3-aiosmtpd).
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "casereview-smtp", Guid.NewGuid().ToString("N"));
    private Process? _server;

    public SmtpSink(int? port = null) => Port = port ?? LoopbackPorts.Free();

    public int Port { get; }

    public static SmtpSink Started()
    {
        var sink = new SmtpSink();
        sink.Start();
        return sink;
    }

    public void Start()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_maildir)!);
        var info = new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var server = _server = Process.Start(info) ?? throw new InvalidOperationException("Could not start the SMTP server.");
        var listening = Eventually.WaitUntil(
            () =>
            {
                if (server.HasExited)
                {
                    throw new InvalidOperationException(
                        $"The test SMTP server stopped: {server.StandardError.ReadToEnd()} Install Debian's python3-aiosmtpd (.ci/run does).");
                }

                try
                {
                    using var client = new TcpClient();
                    client.Connect(IPAddress.Loopback, Port);
                    return true;
                }
                catch (SocketException)
                {
                    return false;
                }
            },
            TimeSpan.FromSeconds(15));
        if (!listening)
        {
            throw new TimeoutException($"The test SMTP server did not listen on port {Port} within 15 seconds.");
        }
    }

    public void Stop()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit();
        }

        _server?.Dispose();
        _server = null;
    }

    /// <summary>Every message received so far, oldest first, with the envelope recipient aiosmtpd recorded.</summary>
    public IReadOnlyList<ReceivedEmail> Messages()
    {
        var folder = Path.Combine(_maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // In order of arrival: Maildir names are not zero-padded, so name order is not time order within a second.
        return [.. Directory.GetFiles(folder).OrderBy(File.GetLastWriteTimeUtc).ThenBy(f => f, StringComparer.Ordinal).Select(file =>
        {
            var message = MimeMessage.Load(file);
            return new ReceivedEmail(message.Headers["X-RcptTo"] ?? string.Empty, message.Subject ?? string.Empty, message.TextBody ?? string.Empty, message.HtmlBody ?? string.Empty, message);
        })];
    }

    /// <summary>How many messages have arrived, without reading them (cheap enough to poll).</summary>
    public int Count()
    {
        var folder = Path.Combine(_maildir, "new");
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived.</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        await Eventually.WaitUntilAsync(() => Messages().Count >= count, timeout ?? TimeSpan.FromSeconds(20));
        return Messages();
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(_maildir, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing arrived.
        }
    }
}

public sealed record ReceivedEmail(string Recipient, string Subject, string Text, string Html, MimeMessage Message);
