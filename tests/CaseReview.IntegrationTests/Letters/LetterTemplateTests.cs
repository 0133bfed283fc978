using CaseReview.Infrastructure.Letters;
using CaseReview.IntegrationTests.Support;
using CaseReview.UseCases.Letters;

namespace CaseReview.IntegrationTests.Letters;

/// <summary>The shipped letter wording: one template per letter, its shape (headings, paragraphs, bullets), and plain words.</summary>
public sealed class LetterTemplateTests
{
    private static readonly Dictionary<string, object> Values = new()
    {
        ["ApplicantName"] = "Alex Example",
        ["Reference"] = "CR-2026-000001",
        ["CouncilName"] = "Anytown Borough Council",
        ["HowToContactUs"] = "call 01234 567890 or write to us at the address at the top of this letter",
        ["TrackingUrl"] = "https://casereview.council.example/track/ABC",
        ["ReceivedOn"] = "Monday 2 November 2026",
        ["ThresholdDecisionDue"] = "Monday 16 November 2026",
        ["ReviewMeetingDue"] = "Monday 14 December 2026",
        ["AppealBy"] = "Monday 30 November 2026",
        ["MeetingAt"] = "Monday 14 December 2026 at 10am",
        ["ClosedOn"] = "Monday 2 November 2026",
        ["Decision"] = "Three complaints qualify, so the threshold is met.",
        ["Reasons"] = new List<string> { "Your report to the police on 11 September 2026 counts." },
        ["Summary"] = "The police will patrol the footpaths on Friday evenings.",
        ["ActionPlan"] = new List<string> { "Patrol the footpaths (Police, by Friday 15 January 2027)" },
        ["Reason"] = "The panel read every housing report.",
    };

    [Fact]
    public void EveryLetter_HasAShippedTemplate_WithASubjectAndABody()
    {
        Assert.Equal(
            ["acknowledgement", "appeal-not-upheld", "appeal-upheld", "application-withdrawn", "case-closed", "meeting-invitation", "outcome", "threshold-met", "threshold-not-met"],
            FileLetterTemplates.ShippedTemplateNames());
        var templates = new FileLetterTemplates(null);
        foreach (var name in FileLetterTemplates.ShippedTemplateNames())
        {
            var letter = templates.Render(name, Values);
            Assert.False(string.IsNullOrWhiteSpace(letter.Subject), name);
            Assert.Equal("Dear Alex Example,", letter.Body[0].Text);
            Assert.Equal("Anytown Borough Council", letter.Body[^1].Text);
            Assert.DoesNotContain(letter.Body, b => b.Text.Contains("{{", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ATemplate_BecomesHeadingsParagraphsAndBullets_AndAValueCannotMakeItsOwn()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casereview-letter-templates", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "outcome.txt"), "Subject: Outcome {{Reference}}\n\nFirst line\nsame paragraph.\n\n## What next\n{{Summary}}\n{{ActionPlan}}\n- a bullet of its own\n");
            var letter = new FileLetterTemplates(folder).Render("outcome", new Dictionary<string, object>
            {
                ["Reference"] = "CR-2026-000001",
                ["Summary"] = "Typed text\n## not a heading\n- not a bullet",
                ["ActionPlan"] = new List<string> { "One", "Two" },
            });

            Assert.Equal("Outcome CR-2026-000001", letter.Subject);
            Assert.Equal(
                [(LetterBlockKind.Paragraph, "First line same paragraph."), (LetterBlockKind.Heading, "What next"), (LetterBlockKind.Paragraph, "Typed text ## not a heading - not a bullet"), (LetterBlockKind.Bullets, "One Two a bullet of its own")],
                letter.Body.Select(b => (b.Kind, b.Text)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// GOV.UK writes for a reading age of about 9. The Flesch-Kincaid grade plus 5 is the reading age; each letter, filled
    /// in with typical values (links left out), must read at 9 or younger.
    /// </summary>
    [Fact]
    public void EveryLetter_ReadsAtAReadingAgeOfAbout9()
    {
        var templates = new FileLetterTemplates(null);
        var tooHard = new List<string>();
        foreach (var name in FileLetterTemplates.ShippedTemplateNames())
        {
            var letter = templates.Render(name, Values);
            var age = Readability.ReadingAge(letter.Body.SelectMany(b => b.Kind == LetterBlockKind.Bullets ? b.Lines : [b.Text]));
            if (age > 9)
            {
                tooHard.Add($"{name}: reading age {age:0.0}");
            }
        }

        Assert.True(tooHard.Count == 0, "Letters above a reading age of 9: " + string.Join("; ", tooHard));
    }
}
