namespace CaseReview.Domain.Applications;

/// <summary>
/// A detail of a case an officer may correct: its key (as the API names it), its words for the staff pages, its longest
/// length, whether it may be left empty, and what form its value takes (checked by the command's validator). How the
/// case reads and writes it is kept with it (<see cref="Get"/>, <see cref="Set"/>, always given by the case's own list),
/// so a detail is listed once.
/// </summary>
public sealed record CorrectableDetail(string Field, string Label, int MaxLength, bool Required, DetailFormat Format = DetailFormat.Text)
{
    /// <summary>The value the case holds now; null when empty.</summary>
    internal Func<CaseApplication, string?> Get { get; init; } = null!;

    /// <summary>Writes the corrected value (already checked) into the case.</summary>
    internal Action<CaseApplication, string?> Set { get; init; } = null!;
}
