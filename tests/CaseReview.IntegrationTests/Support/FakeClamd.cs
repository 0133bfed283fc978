using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// A stand-in for the council's ClamAV daemon on a loopback port, speaking clamd's INSTREAM protocol: it reads
/// <c>zINSTREAM\0</c> and the length-prefixed chunks, and answers <c>stream: OK</c>, or <c>stream: {name} FOUND</c> when
/// the file holds <see cref="Marker"/> (a harmless stand-in for a virus signature). It can also answer with clamd's error
/// for an over-long stream, or not answer at all.
/// </summary>
public sealed class FakeClamd : IDisposable
{
    public const string Marker = "CASEREVIEW-TEST-MALWARE-MARKER";
    public const string ThreatName = "CaseReview.Test.Marker";

    public enum Behaviour { Scan, Error, Silent }

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<byte[]> _received = [];

    public FakeClamd()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public Behaviour Mode { get; set; } = Behaviour.Scan;

    /// <summary>Every file streamed to it, reassembled from its chunks.</summary>
    public IReadOnlyList<byte[]> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var command = new List<byte>();
                var one = new byte[1];
                while (await stream.ReadAsync(one, _stop.Token) == 1 && one[0] != 0)
                {
                    command.Add(one[0]);
                }

                if (Encoding.ASCII.GetString([.. command]) != "zINSTREAM")
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes("UNKNOWN COMMAND\0"), _stop.Token);
                    return;
                }

                using var file = new MemoryStream();
                var length = new byte[4];
                while (true)
                {
                    await stream.ReadExactlyAsync(length, _stop.Token);
                    var size = BinaryPrimitives.ReadUInt32BigEndian(length);
                    if (size == 0)
                    {
                        break;
                    }

                    var chunk = new byte[size];
                    await stream.ReadExactlyAsync(chunk, _stop.Token);
                    file.Write(chunk);
                }

                lock (_received)
                {
                    _received.Add(file.ToArray());
                }

                switch (Mode)
                {
                    case Behaviour.Silent:
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                        break;
                    case Behaviour.Error:
                        await stream.WriteAsync(Encoding.ASCII.GetBytes("INSTREAM size limit exceeded. ERROR\0"), _stop.Token);
                        break;
                    default:
                        var found = Encoding.ASCII.GetString(file.ToArray()).Contains(Marker, StringComparison.Ordinal);
                        await stream.WriteAsync(Encoding.ASCII.GetBytes(found ? $"stream: {ThreatName} FOUND\0" : "stream: OK\0"), _stop.Token);
                        break;
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException or EndOfStreamException)
            {
                // The app gave up or the test ended.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
