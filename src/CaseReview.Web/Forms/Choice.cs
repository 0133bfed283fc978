namespace CaseReview.Web.Forms;

/// <summary>One option of a GOV.UK radio, checkbox or select list.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);

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

    public static string Text(IReadOnlyList<Choice> choices, string? value) =>
        choices.FirstOrDefault(c => c.Value == value)?.Text ?? value ?? string.Empty;
}
