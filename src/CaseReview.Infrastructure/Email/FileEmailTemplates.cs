using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CaseReview.UseCases.Email;

namespace CaseReview.Infrastructure.Email;

/// <summary>
/// Email wording from files: <c>name.txt</c> (first line <c>Subject: ...</c>, a blank line, then the plain text)
/// and <c>name.html</c> (the HTML body, placed inside <c>_layout.html</c>). <c>{{Name}}</c> is replaced by a
/// value; a list value becomes bullet points. A council edits copies of these files in
/// <c>Email:TemplatesFolder</c>; any file it has not copied comes from the shipped set. Files are read at each
/// use, so an edit applies to the next email without a restart.
/// </summary>
public sealed partial class FileEmailTemplates(string? customFolder) : IEmailTemplates
{
    public static readonly string ShippedFolder = Path.Combine(AppContext.BaseDirectory, "EmailTemplates");

    private readonly TemplateFiles _files = new(ShippedFolder, customFolder);

    public RenderedEmail Render(string template, IReadOnlyDictionary<string, object> values)
    {
        var text = Read($"{template}.txt").ReplaceLineEndings("\n");
        if (!text.StartsWith("Subject:", StringComparison.Ordinal) || text.IndexOf("\n\n", StringComparison.Ordinal) is var split && split < 0)
        {
            throw new InvalidOperationException($"Email template {template}.txt must start with a 'Subject:' line followed by a blank line.");
        }

        var subject = Fill(text["Subject:".Length..text.IndexOf('\n', StringComparison.Ordinal)].Trim(), values, html: false);
        // A value left empty (a sentence that applies only sometimes) leaves no gap of blank lines behind.
        var body = BlankLines().Replace(Fill(text[(split + 2)..], values, html: false), "\n\n").TrimEnd() + "\n";
        var htmlBody = Fill(Read($"{template}.html"), values, html: true);
        var layoutValues = new Dictionary<string, object>(values) { ["Subject"] = subject };
        var html = Fill(Read("_layout.html"), layoutValues, html: true).Replace("{{{Body}}}", htmlBody, StringComparison.Ordinal);
        return new RenderedEmail(subject, body, html);
    }

    /// <summary>The names of every shipped template (one per email the service sends).</summary>
    public static IReadOnlyList<string> ShippedTemplateNames() =>
        TemplateFiles.NamesIn(ShippedFolder);

    private string Read(string file) => _files.Read(file);

    // {{{Body}}} is left for the layout step; {{Name}} is replaced, HTML-encoded in HTML.
    private static string Fill(string template, IReadOnlyDictionary<string, object> values, bool html) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            if (match.Value.StartsWith("{{{", StringComparison.Ordinal))
            {
                return match.Value;
            }

            return values.TryGetValue(name, out var value) ? Format(value, html) : string.Empty;
        });

    private static string Format(object value, bool html)
    {
        if (value is not string && value is IEnumerable<string> items)
        {
            var list = new StringBuilder(html ? "<ul>" : string.Empty);
            foreach (var item in items)
            {
                list.Append(html ? $"<li>{WebUtility.HtmlEncode(item)}</li>" : $"- {item}\n");
            }

            return html ? list.Append("</ul>").ToString() : list.ToString().TrimEnd('\n');
        }

        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        return html ? WebUtility.HtmlEncode(text) : text;
    }

    [GeneratedRegex(@"\{\{\{?(?<name>[A-Za-z]+)\}?\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
