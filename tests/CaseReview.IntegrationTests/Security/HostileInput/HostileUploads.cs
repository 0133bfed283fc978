using System.Text;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>The hostile forms of a file upload (multipart/form-data), for the endpoints that take a file.</summary>
internal static class HostileUploads
{
    /// <summary>An endpoint that takes a file (multipart/form-data).</summary>
    public static bool IsMultipart(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(t => t.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)));

    /// <summary>A multipart form with <paramref name="file"/> in the field <c>file</c> (none when null) and the other fields.</summary>
    public static MultipartFormDataContent Upload(byte[]? file, string fileName, IEnumerable<(string Name, string Value)> fields, string field = "file", string partType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.TryAddWithoutValidation("Content-Type", partType);
            // Set by hand: the header keeps the name as sent, control characters and all.
            part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{field}\"; filename=\"{fileName.Replace("\"", "%22", StringComparison.Ordinal)}\"");
            form.Add(part);
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>
    /// Uploads gone wrong on purpose: programs and unknown bytes in disguise, empty, missing, doubled and oversized files,
    /// hostile file names (traversal, control characters, header injection, huge), hostile descriptions and flags, and
    /// parts that are not what they say.
    /// </summary>
    public static IEnumerable<(string Kind, string Description, Func<HttpContent?> Content)> Variants()
    {
        var pdf = Files.Pdf(1_000);
        (string, string)[] none = [];
        yield return ("upload", "a Windows program named .pdf", () => Upload(Files.WindowsProgram(), "minutes.pdf", none));
        yield return ("upload", "a Linux program named .pdf", () => Upload(Files.LinuxProgram(), "minutes.pdf", none));
        yield return ("upload", "unknown bytes named .docx", () => Upload([0x00, 0x13, 0x37, 0xFF, 0x01], "chronology.docx", none));
        yield return ("upload", "a broken zip named .docx", () => Upload([.. "PK\u0003\u0004"u8, 20, 0, 0, 0, 8, 0, 1, 2, 3], "chronology.docx", none));
        yield return ("upload", "an empty file", () => Upload([], "empty.pdf", none));
        yield return ("upload", "no file, only a description", () => Upload(null, "x.pdf", [("description", HostileValues.Texts[0])]));
        yield return ("upload", "the file in another field", () => Upload(pdf, "diary.pdf", none, field: "upload"));
        yield return ("upload", "two files in the field", () =>
        {
            var form = Upload(pdf, "one.pdf", none);
            form.Add(new ByteArrayContent(Files.WindowsProgram()), "file", "two.exe");
            return form;
        }
        );
        yield return ("upload", "a file just over 10 MB", () => Upload(Files.Pdf((10 * 1024 * 1024) + 1), "scan.pdf", none));
        yield return ("upload", "a body far over the limit", () => Upload(new byte[12 * 1024 * 1024], "scan.pdf", none));
        yield return ("upload", "a part type that lies", () => Upload(Files.WindowsProgram(), "photo.jpg", none, partType: "image/jpeg"));
        yield return ("upload", "an empty multipart body", () => new MultipartFormDataContent());
        yield return ("upload", "a multipart body cut short", () =>
        {
            var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7"));
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=x");
            return content;
        }
        );
        yield return ("upload", "multipart without a boundary", () =>
        {
            var content = new ByteArrayContent(pdf);
            content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data");
            return content;
        }
        );
        foreach (var name in HostileValues.ControlStrings.Concat(["../../../../etc/passwd", "..\\..\\windows\\win.ini", "CON.pdf", new string('n', 70_000) + ".pdf", HostileValues.Names[0] + ".pdf"]))
        {
            yield return ("file name", ApiRequests.Short(name), () => Upload(pdf, name, none));
        }

        foreach (var value in HostileValues.ControlStrings.Append(HostileValues.Marker + new string('y', 6000)))
        {
            yield return ("form field", $"description = {ApiRequests.Short(value)}", () => Upload(pdf, "diary.pdf", [("description", value)]));
        }

        foreach (var value in new[] { "perhaps", string.Empty, "2147483648", "true,false" })
        {
            yield return ("form field", $"sharedWithPanel = {ApiRequests.Short(value)}", () => Upload(pdf, "diary.pdf", [("sharedWithPanel", value)]));
        }
    }
}
