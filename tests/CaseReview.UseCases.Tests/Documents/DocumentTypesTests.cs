using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CaseReview.UseCases.Documents;

namespace CaseReview.UseCases.Tests.Documents;

/// <summary>What a file is, decided by its bytes: the kinds kept, programs refused whatever their name, Word files looked inside.</summary>
public sealed class DocumentTypesTests
{
    public static TheoryData<string, byte[], string> Kept() => new()
    {
        { "PDF", Bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n%%EOF"), "application/pdf" },
        { "PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png" },
        { "JPEG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'], "image/jpeg" },
        { "GIF", Bytes("GIF89a\u0001\u0000\u0001\u0000"), "image/gif" },
        { "WebP", [.. Bytes("RIFF"), 36, 0, 0, 0, .. Bytes("WEBPVP8 ")], "image/webp" },
        { "DOCX", Package(("[Content_Types].xml", WordTypes), ("word/document.xml", "<w:document/>")), DocumentTypes.Docx.ContentType },
        { "ODT", Package(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")), DocumentTypes.Odt.ContentType },
        { "DOC", CompoundFile("Root Entry", "WordDocument", "1Table"), "application/msword" },
        { "text", Bytes("Monday 3 Nov: music until 2am.\r\nTuesday:\tshouting.\n"), "text/plain; charset=utf-8" },
        { "text with BOM", [0xEF, 0xBB, 0xBF, .. Bytes("Diary")], "text/plain; charset=utf-8" },
        { "UTF-16 text", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Diary: bikes again")], "text/plain; charset=utf-16" },
        { "Welsh text", Bytes("Dyddiadur sŵn: cerddoriaeth tan 2yb"), "text/plain; charset=utf-8" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void AKindCaseReviewKeeps_IsFoundByItsContent(string kind, byte[] content, string contentType)
    {
        var check = DocumentTypes.Check(content);

        Assert.True(check.Type is not null, $"{kind}: {check.Problem}");
        Assert.Equal(contentType, check.Type.ContentType);
    }

    public static TheoryData<string, byte[]> Programs() => new()
    {
        { "Windows (MZ)", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0] },
        { "Linux (ELF)", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1] },
        { "script", Bytes("#!/usr/bin/env python3\nprint('hi')\n") },
        { "macOS (Mach-O 64)", [0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1] },
        { "macOS universal", [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2] },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void AProgram_IsRefusedAsAProgram(string kind, byte[] content)
    {
        Assert.Equal(DocumentTypes.Program, DocumentTypes.Check(content).Problem);
        Assert.NotEmpty(kind);
    }

    public static TheoryData<string, byte[]> NotAccepted() => new()
    {
        { "random bytes", [0x00, 0x13, 0x37, 0xFF, 0xFE, 0x80] },
        { "text with a NUL", Bytes("Diary\0more") },
        { "text with an escape", Bytes("Diary \u001b[2J") },
        { "invalid UTF-8", [(byte)'D', (byte)'i', 0xC3, 0x28, (byte)'x'] },
        { "a spreadsheet (XLSX)", Package(("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")) },
        { "an OpenDocument spreadsheet", Package(("mimetype", "application/vnd.oasis.opendocument.spreadsheet")) },
        { "a plain zip", Package(("photos/one.jpg", "not really")) },
        { "a broken zip", [.. Bytes("PK\u0003\u0004"), 20, 0, 0, 0, 8, 0] },
        { "an Excel 97 file", CompoundFile("Root Entry", "Workbook") },
        { "a broken compound file", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0] },
        { "HTML named as anything is text, but an SVG with a NUL is not", Bytes("<svg>\0</svg>") },
    };

    [Theory]
    [MemberData(nameof(NotAccepted))]
    public void AnythingElse_IsRefused_NamingWhatIsAccepted(string kind, byte[] content)
    {
        Assert.Equal(DocumentTypes.NotAccepted, DocumentTypes.Check(content).Problem);
        Assert.NotEmpty(kind);
    }

    [Fact]
    public void WordDocumentsWithMacros_AreRefusedAsSuch()
    {
        var docm = Package(("[Content_Types].xml", "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>"), ("word/vbaProject.bin", "x"));
        var docWithMacros = CompoundFile("Root Entry", "WordDocument", "Macros", "VBA");

        Assert.Equal(DocumentTypes.Macros, DocumentTypes.Check(docm).Problem);
        Assert.Equal(DocumentTypes.Macros, DocumentTypes.Check(docWithMacros).Problem);
    }

    [Fact]
    public void APackageWhosePartsSayTheyAreHuge_IsRefusedWithoutReadingThem()
    {
        // 4 MB of spaces compress to a few kilobytes: a content types part that size is not what a Word file holds.
        var bomb = Package(("[Content_Types].xml", WordTypes + new string(' ', 4 * 1024 * 1024)));

        Assert.True(bomb.Length < 100_000);
        Assert.Equal(DocumentTypes.NotAccepted, DocumentTypes.Check(bomb).Problem);
    }

    [Fact]
    public void AWordDocumentWhoseDirectorySpansSectors_IsStillFound()
    {
        var names = Enumerable.Range(0, 9).Select(i => $"Stream{i}").Append("WordDocument").Prepend("Root Entry").ToArray();

        Assert.Equal("application/msword", DocumentTypes.Check(CompoundFile(names)).Type?.ContentType);
    }

    private const string WordTypes =
        "<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Package(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A minimal OLE compound file (512-byte sectors): the header, one allocation table sector, then the directory
    /// (four 128-byte entries a sector, chained through the table) with these names.
    /// </summary>
    private static byte[] CompoundFile(params string[] names)
    {
        const int Sector = 512;
        var directorySectors = (names.Length + 3) / 4;
        var file = new byte[Sector * (2 + directorySectors)];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(24), 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(26), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(28), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(30), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(32), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(44), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(48), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(56), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(60), 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(68), 0xFFFFFFFE);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(76 + (i * 4)), i == 0 ? 0u : 0xFFFFFFFF);
        }

        // The allocation table (sector 0): itself, then the directory's chain 1 -> 2 -> ... -> end.
        var fat = file.AsSpan(Sector, Sector);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        for (var s = 1; s <= directorySectors; s++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(s * 4)..], s == directorySectors ? 0xFFFFFFFE : (uint)(s + 1));
        }

        for (var i = 0; i < names.Length; i++)
        {
            var entry = file.AsSpan((2 * Sector) + (i * 128), 128);
            var name = Encoding.Unicode.GetBytes(names[i]);
            name.CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)(name.Length + 2));
            entry[66] = i == 0 ? (byte)5 : names[i] is "Macros" or "VBA" ? (byte)1 : (byte)2;
        }

        return file;
    }
}
