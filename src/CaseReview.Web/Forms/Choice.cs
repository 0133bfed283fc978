namespace CaseReview.Web.Forms;

/// <summary>One option of a GOV.UK radio, checkbox or select list.</summary>
public sealed record Choice(string Value, string Text, string? Hint = null);
