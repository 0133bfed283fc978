using System.Globalization;
using System.Text.RegularExpressions;
using CaseReview.UseCases.Letters;

namespace CaseReview.Infrastructure.Letters;

/// <summary>
/// Letter wording from files, the way the emails have it (<see cref="Email.FileEmailTemplates"/>): <c>name.txt</c>, a
/// <c>Subject:</c> line, a blank line, then the body. In the body a blank line starts a new paragraph, a line
/// starting <c>## </c> is a heading and lines starting <c>- </c> are bullet points; <c>{{Name}}</c> is replaced by a
/// value, and a list value becomes bullet points; a line naming a value the letter lacks is left out. A council edits copies in <c>Letters:TemplatesFolder</c>; any
/// file it has not copied comes from the shipped set. Files are read at each use, so an edit applies to the next
/// letter without a restart.
/// </summary>
public sealed partial class FileLetterTemplates(string? customFolder) : ILetterTemplates
{
    public static readonly string ShippedFolder = Path.Combine(AppContext.BaseDirectory, "LetterTemplates");

    private readonly TemplateFiles _files = new(ShippedFolder, customFolder);

    public LetterText Render(string template, IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = Read($"{template}.txt").ReplaceLineEndings("\n");
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (!text.StartsWith("Subject:", StringComparison.Ordinal) || split < 0)
        {
            throw new InvalidOperationException($"Letter template {template}.txt must start with a 'Subject:' line followed by a blank line.");
        }

        var subject = Fill(text["Subject:".Length..text.IndexOf('\n', StringComparison.Ordinal)], values).Trim();
        return new LetterText(subject, Blocks(Fill(text[(split + 2)..], values)));
    }

    /// <summary>The names of every shipped letter template.</summary>
    public static IReadOnlyList<string> ShippedTemplateNames() =>
        TemplateFiles.NamesIn(ShippedFolder);

    private string Read(string file) => _files.Read(file);

    // A value's own line breaks stay inside its paragraph: typed text cannot make headings or bullets of its own. A line
    // naming a value the letter does not have (the survey's address, for a case closed before there was a survey) is
    // left out, so a sentence that applies only sometimes never shows with a gap.
    private static string Fill(string template, IReadOnlyDictionary<string, object> values) =>
        string.Join('\n', template.Split('\n')
            .Where(line => Placeholder().Matches(line).All(m => values.ContainsKey(m.Groups["name"].Value)))
            .Select(line => Placeholder().Replace(line, match => Format(values[match.Groups["name"].Value]))));

    private static string Format(object value)
    {
        if (value is not string && value is IEnumerable<string> items)
        {
            return string.Join('\n', items.Select(i => "- " + Flatten(i)));
        }

        return Flatten(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    private static string Flatten(string text) => string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static List<LetterBlock> Blocks(string body)
    {
        var blocks = new List<LetterBlock>();
        var paragraph = new List<string>();
        var bullets = new List<string>();

        void Flush()
        {
            if (paragraph.Count > 0)
            {
                blocks.Add(new LetterBlock(LetterBlockKind.Paragraph, [string.Join(' ', paragraph)]));
                paragraph.Clear();
            }

            if (bullets.Count > 0)
            {
                blocks.Add(new LetterBlock(LetterBlockKind.Bullets, [.. bullets]));
                bullets.Clear();
            }
        }

        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                blocks.Add(new LetterBlock(LetterBlockKind.Heading, [line[3..].Trim()]));
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (paragraph.Count > 0)
                {
                    Flush();
                }

                bullets.Add(line[2..].Trim());
            }
            else
            {
                if (bullets.Count > 0)
                {
                    Flush();
                }

                paragraph.Add(line);
            }
        }

        Flush();
        return blocks;
    }

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z]+)\}\}")]
    private static partial Regex Placeholder();
}
