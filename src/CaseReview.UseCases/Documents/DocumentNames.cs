using System.Text;
using CaseReview.Domain.Documents;

namespace CaseReview.UseCases.Documents;

/// <summary>
/// The name a document is shown and downloaded under, made from the name the uploader's computer gave without trusting
/// it: no folders, no control or invisible characters (a right-to-left override cannot disguise "fdp.exe"), only
/// letters, digits, spaces and <c>- _ ( ) , .</c>, no leading dots, no device names, at most
/// <see cref="CaseDocument.FileNameLength"/> characters, and the extension of the type the content was found to be.
/// </summary>
public static class DocumentNames
{
    /// <summary>The name given when nothing of the uploader's is left.</summary>
    public const string Fallback = "document";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string For(string? uploadedName, DocumentType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = (uploadedName ?? string.Empty).Normalize(NormalizationForm.FormC);
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        var kept = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            kept.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '(' or ')' or ',' or '.' ? c : ' ');
        }

        var words = string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', '.', '-');
        var room = CaseDocument.FileNameLength - type.Extension.Length;
        if (words.Length > room)
        {
            words = words[..room].TrimEnd(' ', '.', '-');
            // Never end between the two halves of a character outside the basic plane.
            if (words.Length > 0 && char.IsHighSurrogate(words[^1]))
            {
                words = words[..^1];
            }
        }

        if (words.Length == 0)
        {
            words = Fallback;
        }
        else if (DeviceNames.Contains(words.Split('.')[0]))
        {
            words = $"{words}-{Fallback}";
        }

        return words + type.Extension;
    }
}
