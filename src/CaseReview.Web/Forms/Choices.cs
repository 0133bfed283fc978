namespace CaseReview.Web.Forms;

public static class Choices
{
    public static IReadOnlyList<Choice> YesNo { get; } = [new("true", "Yes"), new("false", "No")];

    /// <summary>The relevant bodies a resident is most likely to have reported to; "Other" lets them name another.</summary>
    public static IReadOnlyList<Choice> Agencies { get; } =
    [
        new("Council", "The council"),
        new("Police", "The police"),
        new("Housing Provider", "A housing association or landlord"),
        new("Integrated Care Board", "Health services (integrated care board)"),
        new("Other", "Someone else"),
    ];

    /// <summary>The option by its name only: a number or an unknown name posted by hand is no answer.</summary>
    public static TEnum? ToEnum<TEnum>(string? value)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;

    /// <summary>A yes/no radio's answer ("true" or "false", as <see cref="YesNo"/> posts it); anything else is no answer.</summary>
    public static bool? ToBool(string? value) => value switch { "true" => true, "false" => false, _ => null };

    public static string Text(IReadOnlyList<Choice> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value)?.Text ?? value ?? string.Empty;
}
