using CaseReview.Infrastructure.Email;

namespace CaseReview.IntegrationTests.Email;

/// <summary>The shipped wording, and a council's own edits taking effect without a rebuild.</summary>
public sealed class EmailTemplateTests : IDisposable
{
    private readonly string _customFolder = Path.Combine(Path.GetTempPath(), "casereview-templates", Guid.NewGuid().ToString("N"));

    [Fact]
    public void EveryShippedTemplate_HasASubject_PlainTextAndHtml()
    {
        var names = FileEmailTemplates.ShippedTemplateNames();
        Assert.Equal(22, names.Count);
        var templates = new FileEmailTemplates(null);
        foreach (var name in names)
        {
            var email = templates.Render(name, new Dictionary<string, object> { ["Reference"] = "CR-2026-000001" });
            Assert.False(string.IsNullOrWhiteSpace(email.Subject), name);
            Assert.False(string.IsNullOrWhiteSpace(email.Text), name);
            Assert.StartsWith("<!DOCTYPE html>", email.Html, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(FileEmailTemplates.ShippedFolder, $"{name}.html")), $"{name}.html is missing");
        }
    }

    [Fact]
    public void Values_AreHtmlEncodedInHtml_ButNotInPlainText()
    {
        var email = new FileEmailTemplates(null).Render("acknowledgement", new Dictionary<string, object> { ["ApplicantName"] = "Sam <b>O'Neil</b>" });

        Assert.Contains("Dear Sam <b>O'Neil</b>,", email.Text);
        Assert.Contains("Dear Sam &lt;b&gt;O&#39;Neil&lt;/b&gt;,", email.Html);
    }

    [Fact]
    public void ACouncilsEditedCopy_IsUsedForThatEmail_AndTheShippedWordingForTheRest()
    {
        Directory.CreateDirectory(_customFolder);
        File.WriteAllText(Path.Combine(_customFolder, "acknowledgement.txt"), "Subject: Thank you ({{Reference}})\n\nAnytown thanks you. Reference {{Reference}}.\n");
        var templates = new FileEmailTemplates(_customFolder);

        var edited = templates.Render("acknowledgement", new Dictionary<string, object> { ["Reference"] = "CR-2026-000007" });
        var shipped = templates.Render("outcome", new Dictionary<string, object> { ["Reference"] = "CR-2026-000007" });

        Assert.Equal("Thank you (CR-2026-000007)", edited.Subject);
        Assert.Equal("Anytown thanks you. Reference CR-2026-000007.\n", edited.Text);
        Assert.Equal("The outcome of your case review (CR-2026-000007)", shipped.Subject);

        File.WriteAllText(Path.Combine(_customFolder, "acknowledgement.txt"), "Subject: Edited again {{Reference}}\n\nBody\n");
        Assert.Equal("Edited again CR-2026-000007", templates.Render("acknowledgement", new Dictionary<string, object> { ["Reference"] = "CR-2026-000007" }).Subject);
    }

    [Fact]
    public void TemplateWithoutASubjectLine_IsRefusedWithAMessageNamingTheFile()
    {
        Directory.CreateDirectory(_customFolder);
        File.WriteAllText(Path.Combine(_customFolder, "outcome.txt"), "Dear applicant\n");

        var error = Assert.Throws<InvalidOperationException>(() => new FileEmailTemplates(_customFolder).Render("outcome", new Dictionary<string, object>()));
        Assert.Contains("outcome.txt", error.Message);
    }

    public void Dispose()
    {
        if (Directory.Exists(_customFolder))
        {
            Directory.Delete(_customFolder, recursive: true);
        }
    }
}
