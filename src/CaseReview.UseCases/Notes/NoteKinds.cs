using CaseReview.Domain.Notes;

namespace CaseReview.UseCases.Notes;

/// <summary>The kinds of note as the API names them (<c>note</c>, <c>phone</c>, ...): lower case, as in the contract.</summary>
public static class NoteKinds
{
    /// <summary>Every kind's name, in the order the forms offer them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<NoteKind>().Select(Name)];

    public static string Name(NoteKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The kind named <paramref name="name"/> (capitals ignored), or null when there is none.</summary>
    public static NoteKind? Parse(string? name)
    {
        var trimmed = name?.Trim();
        return Enum.GetValues<NoteKind>().Where(k => string.Equals(Name(k), trimmed, StringComparison.OrdinalIgnoreCase)).Select(k => (NoteKind?)k).FirstOrDefault();
    }
}
