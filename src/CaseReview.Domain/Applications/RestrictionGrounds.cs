namespace CaseReview.Domain.Applications;

/// <summary>The names the API speaks for <see cref="RestrictionGround"/>, and their words for people.</summary>
public static class RestrictionGrounds
{
    private static readonly (RestrictionGround Ground, string Name, string Words)[] All =
    [
        (RestrictionGround.AccuracyContested, "accuracy-contested", "the accuracy of the data is contested (Article 18(1)(a))"),
        (RestrictionGround.UnlawfulProcessing, "unlawful-processing", "the processing is unlawful and restriction was asked for instead of erasure (Article 18(1)(b))"),
        (RestrictionGround.LegalClaims, "legal-claims", "the data is needed for legal claims (Article 18(1)(c))"),
        (RestrictionGround.ObjectionPending, "objection-pending", "an objection is being considered (Article 18(1)(d))"),
    ];

    /// <summary>Every ground's API name, in the order of Article 18(1).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(g => g.Name)];

    public static string Name(RestrictionGround ground) => All.First(g => g.Ground == ground).Name;

    /// <summary>The ground in words for staff ("the accuracy of the data is contested (Article 18(1)(a))").</summary>
    public static string Words(RestrictionGround ground) => All.First(g => g.Ground == ground).Words;

    /// <summary>The ground an API name stands for; null when it is none of them.</summary>
    public static RestrictionGround? Parse(string? name) =>
        All.FirstOrDefault(g => string.Equals(g.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Name: not null } found ? found.Ground : null;
}
