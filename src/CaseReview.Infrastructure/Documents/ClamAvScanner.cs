using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using CaseReview.UseCases.Documents;
using Microsoft.Extensions.Logging;

namespace CaseReview.Infrastructure.Documents;

/// <summary>
/// Checks files with the council's ClamAV daemon over TCP (<c>Documents:ClamAvHost</c>, <c>Documents:ClamAvPort</c>),
/// in clamd's INSTREAM command: <c>zINSTREAM\0</c>, then the file in chunks each led by its length (four bytes, network
/// order), then a chunk of length 0; clamd answers <c>stream: OK</c>, <c>stream: {name} FOUND</c> or an error. Nothing
/// touches the disk. Any failure (refused connection, <c>Documents:ClamAvTimeoutSeconds</c> passed, an error answer such
/// as a file over clamd's <c>StreamMaxLength</c>) is <see cref="MalwareScannerUnavailableException"/>: the upload is
/// refused, never kept unchecked.
/// </summary>
internal sealed class ClamAvScanner(DocumentSettings settings, ILogger<ClamAvScanner> logger) : IMalwareScanner
{
    /// <summary>clamd's default StreamMaxLength is 25 MB; chunks are far smaller than its buffers.</summary>
    private const int ChunkSize = 64 * 1024;

    private const int MaxReplyLength = 4096;

    public async Task<MalwareScanResult> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ClamAvTimeout);
        string reply;
        try
        {
            using var client = new TcpClient { NoDelay = true };
            await client.ConnectAsync(settings.ClamAvHost, settings.ClamAvPort, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            var length = new byte[4];
            for (var offset = 0; offset < content.Length; offset += ChunkSize)
            {
                var chunk = content.Slice(offset, Math.Min(ChunkSize, content.Length - offset));
                BinaryPrimitives.WriteUInt32BigEndian(length, (uint)chunk.Length);
                await stream.WriteAsync(length, timeout.Token);
                await stream.WriteAsync(chunk, timeout.Token);
            }

            BinaryPrimitives.WriteUInt32BigEndian(length, 0);
            await stream.WriteAsync(length, timeout.Token);
            await stream.FlushAsync(timeout.Token);
            reply = await ReadReplyAsync(stream, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The type only: a message may carry the host's address, and the file is someone's personal data.
            logger.LogWarning("The virus scanner could not be reached or did not answer in time ({ExceptionType})", e.GetType().Name);
            throw new MalwareScannerUnavailableException("it could not be reached or did not answer in time", e);
        }

        return Parse(reply) ?? Unavailable(reply);
    }

    /// <summary>clamd's answer to a stream: clean, a threat by name, or null for anything else (an error).</summary>
    internal static MalwareScanResult? Parse(string reply)
    {
        var answer = reply.TrimEnd('\0', '\n', '\r', ' ');
        if (answer.StartsWith("stream:", StringComparison.Ordinal))
        {
            answer = answer["stream:".Length..].Trim();
        }

        if (answer == "OK")
        {
            return MalwareScanResult.Clean;
        }

        return answer.EndsWith(" FOUND", StringComparison.Ordinal) && answer.Length > " FOUND".Length
            ? MalwareScanResult.Found(answer[..^" FOUND".Length].Trim())
            : null;
    }

    private MalwareScanResult Unavailable(string reply)
    {
        logger.LogWarning("The virus scanner answered with an error ({Reply})", new string([.. reply.Take(100).Where(c => !char.IsControl(c))]));
        throw new MalwareScannerUnavailableException("it answered with an error");
    }

    private static async Task<string> ReadReplyAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxReplyLength];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }

            read += n;
            if (Array.IndexOf(buffer, (byte)0, 0, read) >= 0)
            {
                break;
            }
        }

        return Encoding.ASCII.GetString(buffer, 0, read);
    }
}
