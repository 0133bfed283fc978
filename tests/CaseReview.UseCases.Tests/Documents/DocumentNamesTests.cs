using CaseReview.Domain.Documents;
using CaseReview.UseCases.Documents;

namespace CaseReview.UseCases.Tests.Documents;

/// <summary>The names documents are shown and downloaded under: made from the uploader's, never trusted.</summary>
public sealed class DocumentNamesTests
{
    [Theory]
    [InlineData("Noise diary October.PDF", "Noise diary October.pdf")]
    [InlineData(@"C:\Users\alex\Documents\Letter.pdf", "Letter.pdf")]
    [InlineData("../../../etc/passwd", "passwd.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoice fdp.pdf")]
    [InlineData("a\"b;c\r\nContent-Type: text.pdf", "a b c Content-Type text.pdf")]
    [InlineData("<script>alert(1)</script>.pdf", "script.pdf")]
    [InlineData(".htaccess", "htaccess.pdf")]
    [InlineData("...", "document.pdf")]
    [InlineData("", "document.pdf")]
    [InlineData(null, "document.pdf")]
    [InlineData("CON.pdf", "CON-document.pdf")]
    [InlineData("Dyddiadur sŵn (Hydref).pdf", "Dyddiadur sŵn (Hydref).pdf")]
    public void TheName_KeepsOnlySafeCharacters_AndTheExtensionOfTheContent(string? uploaded, string expected) =>
        Assert.Equal(expected, DocumentNames.For(uploaded, DocumentTypes.Pdf));

    [Fact]
    public void APhotoNamedAsAPdf_GetsThePhotosExtension() =>
        Assert.Equal("evidence.jpg", DocumentNames.For("evidence.pdf", DocumentTypes.Jpeg));

    [Fact]
    public void AVeryLongName_IsCut_KeepingItsExtension()
    {
        var name = DocumentNames.For(new string('x', 400) + ".pdf", DocumentTypes.Docx);

        Assert.Equal(CaseDocument.FileNameLength, name.Length);
        Assert.EndsWith("x.docx", name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 bytes")]
    [InlineData(1, "1 byte")]
    [InlineData(850, "850 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(122_880, "120 KB")]
    [InlineData(2_621_440, "2.5 MB")]
    [InlineData(10_485_760, "10 MB")]
    [InlineData(104_857_600, "100 MB")]
    public void Sizes_AreInWords(long bytes, string words) => Assert.Equal(words, DocumentSizes.Words(bytes));
}
