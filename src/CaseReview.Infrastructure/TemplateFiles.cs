namespace CaseReview.Infrastructure;

/// <summary>
/// Wording a council may edit, in files: a file of the council's own folder wins over the shipped file of the same
/// name, and files are read at each use, so an edit applies without a restart. Emails and letters both read theirs
/// this way.
/// </summary>
internal sealed class TemplateFiles(string shippedFolder, string? customFolder)
{
    public string Read(string file) =>
        !string.IsNullOrWhiteSpace(customFolder) && File.Exists(Path.Combine(customFolder, file))
            ? File.ReadAllText(Path.Combine(customFolder, file))
            : File.ReadAllText(Path.Combine(shippedFolder, file));

    /// <summary>The names (without <c>.txt</c>) of the text templates in <paramref name="folder"/>, in order.</summary>
    public static IReadOnlyList<string> NamesIn(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt").Select(f => Path.GetFileNameWithoutExtension(f)).Order()];
}
