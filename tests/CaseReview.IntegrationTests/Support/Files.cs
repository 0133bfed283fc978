using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Files to upload (a real-looking PDF with binary content, a photo, programs in disguise) and the multipart requests that carry them.</summary>
public static class Files
{
    /// <summary>
    /// A small, well-formed PDF (one page) carrying <paramref name="binaryBytes"/> random bytes (every value 0 to 255) in a
    /// stream, so a round trip that altered any byte (a text decoding, a line-ending change) would show.
    /// </summary>
    public static byte[] Pdf(int binaryBytes = 20_000, int seed = 1)
    {
        var random = new Random(seed);
        var payload = new byte[binaryBytes];
        random.NextBytes(payload);
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.7\n");
        pdf.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        Write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        Write("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        Write($"4 0 obj\n<< /Length {payload.Length} >>\nstream\n");
        pdf.Write(payload);
        Write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>The first bytes of a PNG, then filler: enough for a type decided by content.</summary>
    public static byte[] Png(int length = 2_000) =>
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, length).Select(i => (byte)(i % 251))];

    /// <summary>A Windows program (it starts "MZ", as every .exe does).</summary>
    public static byte[] WindowsProgram() => [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[500]];

    /// <summary>A Linux program (ELF).</summary>
    public static byte[] LinuxProgram() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01, 0x01, .. new byte[500]];

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A multipart form with the file in <paramref name="field"/> and the other fields given.</summary>
    public static MultipartFormDataContent Form(byte[]? file, string fileName, string field = "file", string contentType = "application/pdf", params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, field, fileName);
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>Posts a file to <c>POST /api/cases/{reference}/documents</c>.</summary>
    public static Task<HttpResponseMessage> Upload(this HttpClient client, string reference, byte[]? file, string fileName = "noise-diary.pdf",
        string? description = null, bool? shared = null, string contentType = "application/pdf")
    {
        var fields = new List<(string, string)>();
        if (description is not null)
        {
            fields.Add(("description", description));
        }

        if (shared is not null)
        {
            fields.Add(("sharedWithPanel", shared.Value ? "true" : "false"));
        }

        return client.PostAsync($"/api/cases/{Uri.EscapeDataString(reference)}/documents", Form(file, fileName, contentType: contentType, fields: [.. fields]));
    }

    /// <summary>Uploads and expects 201; answers the document as the API describes it.</summary>
    public static async Task<JsonObject> Uploaded(this HttpClient client, string reference, byte[] file, string fileName = "noise-diary.pdf", string? description = null, bool? shared = null) =>
        await (await client.Upload(reference, file, fileName, description, shared)).ReadJson(HttpStatusCode.Created);

    /// <summary>The field names of a 400's errors.</summary>
    public static IReadOnlyList<string> ErrorFields(JsonObject problem) => [.. problem["errors"]!.AsObject().Select(e => e.Key)];

    public static string ErrorOn(JsonObject problem, string field) => problem["errors"]![field]![0]!.GetValue<string>();
}
