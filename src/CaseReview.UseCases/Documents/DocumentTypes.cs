using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CaseReview.UseCases.Documents;

/// <summary>A kind of file CaseReview keeps: its media type, the extension its name is given, and its name in words.</summary>
public sealed record DocumentType(string ContentType, string Extension, string Name);

/// <summary>What the content of a file was found to be: a type CaseReview keeps, or why it is refused (in words for the uploader).</summary>
public sealed record DocumentCheck(DocumentType? Type, string? Problem);

/// <summary>
/// Decides what a file is from its bytes, never from its name or the type the browser claimed: PDF, the usual photo
/// formats, Word and OpenDocument text, and plain text. Anything else is refused, and a program (Windows, Linux or
/// macOS executables, scripts) is refused as such whatever it is called. Word files are looked inside: a DOCX must be
/// a word-processing package, a DOC a compound file holding a WordDocument stream, and either is refused when it
/// carries macros. Only the small parts that say what a package is are read, so a compressed bomb costs nothing.
/// </summary>
public static class DocumentTypes
{
    public static readonly DocumentType Pdf = new("application/pdf", ".pdf", "PDF");
    public static readonly DocumentType Png = new("image/png", ".png", "PNG image");
    public static readonly DocumentType Jpeg = new("image/jpeg", ".jpg", "JPEG image");
    public static readonly DocumentType Gif = new("image/gif", ".gif", "GIF image");
    public static readonly DocumentType WebP = new("image/webp", ".webp", "WebP image");
    public static readonly DocumentType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word document");
    public static readonly DocumentType Doc = new("application/msword", ".doc", "Word 97-2003 document");
    public static readonly DocumentType Odt = new("application/vnd.oasis.opendocument.text", ".odt", "OpenDocument text");
    public static readonly DocumentType Text = new("text/plain; charset=utf-8", ".txt", "Text");
    public static readonly DocumentType Utf16Text = new("text/plain; charset=utf-16", ".txt", "Text");

    public static IReadOnlyList<DocumentType> All { get; } = [Pdf, Png, Jpeg, Gif, WebP, Docx, Doc, Odt, Text, Utf16Text];

    /// <summary>The kinds of file accepted, in words.</summary>
    public const string Accepted = "a PDF, a photo (JPG, PNG, GIF or WebP), a Word document (DOCX or DOC), an OpenDocument text (ODT) or a plain text file (TXT)";

    /// <summary>What the browser's file picker offers first (the server decides by content whatever is chosen).</summary>
    public const string PickerExtensions = ".pdf,.jpg,.jpeg,.png,.gif,.webp,.docx,.doc,.odt,.txt";

    public const string NotAccepted = "The selected file must be " + Accepted;

    public const string Program = "The selected file is a program, not a document, so it cannot be accepted. Choose " + Accepted;

    public const string Macros = "The selected Word document contains macros, so it cannot be accepted. Save it as a PDF, or as a Word document without macros (DOCX), and choose it again";

    /// <summary>The largest part of a package read to tell what it is (its content types list, its mimetype).</summary>
    private const int PackagePartLimit = 1024 * 1024;

    public static DocumentCheck Check(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<byte> bytes = content;
        if (IsProgram(bytes))
        {
            return Refused(Program);
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return Found(Pdf);
        }

        if (Starts(bytes, 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A))
        {
            return Found(Png);
        }

        if (Starts(bytes, 0xFF, 0xD8, 0xFF))
        {
            return Found(Jpeg);
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return Found(Gif);
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return Found(WebP);
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return Package(content);
        }

        if (Starts(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return CompoundFile(bytes);
        }

        return PlainText(bytes);
    }

    /// <summary>Executables and scripts for Windows (MZ), Linux and other Unix (ELF, <c>#!</c>) and macOS (Mach-O, universal).</summary>
    public static bool IsProgram(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("MZ"u8)
        || Starts(bytes, 0x7F, (byte)'E', (byte)'L', (byte)'F')
        || bytes.StartsWith("#!"u8)
        || Starts(bytes, 0xFE, 0xED, 0xFA, 0xCE) || Starts(bytes, 0xFE, 0xED, 0xFA, 0xCF)
        || Starts(bytes, 0xCE, 0xFA, 0xED, 0xFE) || Starts(bytes, 0xCF, 0xFA, 0xED, 0xFE)
        || Starts(bytes, 0xCA, 0xFE, 0xBA, 0xBE);

    private static bool Starts(ReadOnlySpan<byte> bytes, params ReadOnlySpan<byte> prefix) => bytes.StartsWith(prefix);

    private static DocumentCheck Found(DocumentType type) => new(type, null);

    private static DocumentCheck Refused(string problem) => new(null, problem);

    /// <summary>A zip package: OpenDocument text (its <c>mimetype</c> entry) or a Word document (its <c>[Content_Types].xml</c>).</summary>
    private static DocumentCheck Package(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { } mimetype)
            {
                return ReadPart(mimetype)?.Trim() == Odt.ContentType ? Found(Odt) : Refused(NotAccepted);
            }

            if (zip.GetEntry("[Content_Types].xml") is not { } types || ReadPart(types) is not { } declared)
            {
                return Refused(NotAccepted);
            }

            if (declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                || zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return Refused(Macros);
            }

            return declared.Contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", StringComparison.Ordinal)
                ? Found(Docx)
                : Refused(NotAccepted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return Refused(NotAccepted);
        }
    }

    /// <summary>A small part of a package as text, or null when it says it is larger than a part that only names types can be.</summary>
    private static string? ReadPart(ZipArchiveEntry entry)
    {
        if (entry.Length > PackagePartLimit)
        {
            return null;
        }

        using var stream = entry.Open();
        var buffer = new byte[PackagePartLimit + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0)
        {
            read += n;
        }

        return read > PackagePartLimit ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }

    /// <summary>
    /// An OLE compound file (legacy Office): a Word 97-2003 document holds a stream named <c>WordDocument</c>; one with a
    /// <c>Macros</c> storage or a VBA project carries macros. Reads the file's directory through its allocation table.
    /// </summary>
    private static DocumentCheck CompoundFile(ReadOnlySpan<byte> bytes)
    {
        var names = CompoundFileNames(bytes);
        if (names is null || !names.Contains("WordDocument"))
        {
            return Refused(NotAccepted);
        }

        return names.Contains("Macros") || names.Contains("_VBA_PROJECT") || names.Contains("VBA") ? Refused(Macros) : Found(Doc);
    }

    /// <summary>The names in a compound file's directory, or null when it is not a well-formed one.</summary>
    internal static HashSet<string>? CompoundFileNames(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 512)
        {
            return null;
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(bytes[30..]);
        if (shift is not (9 or 12))
        {
            return null;
        }

        var sectorSize = 1 << shift;
        var sectors = (bytes.Length - sectorSize) / sectorSize;
        if (sectors <= 0)
        {
            return null;
        }

        // The allocation table's own sectors: the first 109 in the header, the rest in a chain of DIFAT sectors.
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(bytes[(76 + (i * 4))..]));
        }

        var difat = BinaryPrimitives.ReadUInt32LittleEndian(bytes[68..]);
        var seen = new HashSet<uint>();
        while (difat < sectors && seen.Add(difat))
        {
            var sector = Sector(bytes, difat, sectorSize);
            for (var i = 0; i < (sectorSize / 4) - 1; i++)
            {
                fatSectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector[(i * 4)..]));
            }

            difat = BinaryPrimitives.ReadUInt32LittleEndian(sector[(sectorSize - 4)..]);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var directory = BinaryPrimitives.ReadUInt32LittleEndian(bytes[48..]);
        seen.Clear();
        while (directory < sectors && seen.Add(directory))
        {
            var sector = Sector(bytes, directory, sectorSize);
            for (var entry = 0; entry + 128 <= sectorSize; entry += 128)
            {
                var length = BinaryPrimitives.ReadUInt16LittleEndian(sector[(entry + 64)..]);
                var kind = sector[entry + 66];
                if (kind is 1 or 2 or 5 && length is >= 2 and <= 64 && length % 2 == 0)
                {
                    names.Add(Encoding.Unicode.GetString(sector.Slice(entry, length - 2)));
                }
            }

            directory = Next(bytes, fatSectors, directory, sectorSize, sectors);
        }

        return names.Count == 0 ? null : names;
    }

    /// <summary>The sector after <paramref name="sector"/> in its chain, from the allocation table (past the end when there is none).</summary>
    private static uint Next(ReadOnlySpan<byte> bytes, List<uint> fatSectors, uint sector, int sectorSize, int sectors)
    {
        var perSector = (uint)(sectorSize / 4);
        var index = (int)(sector / perSector);
        if (index >= fatSectors.Count || fatSectors[index] >= sectors)
        {
            return uint.MaxValue;
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(Sector(bytes, fatSectors[index], sectorSize)[(int)(sector % perSector * 4)..]);
    }

    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> bytes, uint sector, int sectorSize) =>
        bytes.Slice((int)((sector + 1) * (uint)sectorSize), sectorSize);

    /// <summary>Text in UTF-8 (or UTF-16 with its byte order mark) without control characters other than tab, line breaks and form feed.</summary>
    private static DocumentCheck PlainText(ReadOnlySpan<byte> bytes)
    {
        Encoding encoding = new UTF8Encoding(false, true);
        var type = Text;
        var bom = 0;
        if (Starts(bytes, 0xEF, 0xBB, 0xBF))
        {
            bom = 3;
        }
        else if (Starts(bytes, 0xFF, 0xFE) || Starts(bytes, 0xFE, 0xFF))
        {
            encoding = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            type = Utf16Text;
            bom = 2;
        }

        var body = bytes[bom..];
        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Refused(NotAccepted);
        }

        return text.Length > 0 && !text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) ? Found(type) : Refused(NotAccepted);
    }
}
