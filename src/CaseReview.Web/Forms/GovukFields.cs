using System.Text;
using System.Text.Encodings.Web;

namespace CaseReview.Web.Forms;

/// <summary>
/// GOV.UK Design System form markup (form group, label or legend, hint, inline error), written once so
/// every page gets the same accessible structure: the hint and error are tied to the field by aria-describedby.
/// </summary>
internal static class GovukFields
{
    private static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    public static string Group(string? error, string inner, string? extraClass = null) =>
        $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}{(extraClass is null ? "" : " " + extraClass)}\">{inner}</div>";

    public static string Label(string id, string label, string? labelClass, bool isHeading) => isHeading
        ? $"<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label {labelClass ?? "govuk-label--l"}\" for=\"{id}\">{E(label)}</label></h1>"
        : $"<label class=\"govuk-label{(labelClass is null ? "" : " " + labelClass)}\" for=\"{id}\">{E(label)}</label>";

    public static string HintAndError(string id, string? hint, string? error) =>
        (hint is null ? "" : $"<div id=\"{id}-hint\" class=\"govuk-hint\">{E(hint)}</div>")
        + (error is null ? "" : $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {E(error)}</p>");

    public static string DescribedBy(string id, string? hint, string? error)
    {
        var ids = string.Join(' ', new[] { hint is null ? null : id + "-hint", error is null ? null : id + "-error" }.Where(x => x is not null));
        return ids.Length == 0 ? "" : $" aria-describedby=\"{ids}\"";
    }

    public static string Input(string id, string name, string label, string? value, string? hint, string? error,
        string type = "text", string? autocomplete = null, string? inputClass = null, string? labelClass = null, bool isHeading = false, string? inputMode = null, bool spellcheck = true) =>
        Group(error,
            Label(id, label, labelClass, isHeading) + HintAndError(id, hint, error)
            + $"<input class=\"govuk-input{(inputClass is null ? "" : " " + inputClass)}{(error is null ? "" : " govuk-input--error")}\" id=\"{id}\" name=\"{E(name)}\" type=\"{type}\" value=\"{E(value)}\""
            + (autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"") + (inputMode is null ? "" : $" inputmode=\"{inputMode}\"")
            + (spellcheck ? "" : " spellcheck=\"false\"") + DescribedBy(id, hint, error) + ">");

    /// <summary>A file input (GOV.UK file upload, without its JavaScript enhancement); the form needs <c>enctype="multipart/form-data"</c>.</summary>
    public static string FileUpload(string id, string name, string label, string? hint, string? error, string? accept = null, string? labelClass = null) =>
        Group(error,
            Label(id, label, labelClass, false) + HintAndError(id, hint, error)
            + $"<input class=\"govuk-file-upload{(error is null ? "" : " govuk-file-upload--error")}\" id=\"{id}\" name=\"{E(name)}\" type=\"file\""
            + (accept is null ? "" : $" accept=\"{E(accept)}\"") + DescribedBy(id, hint, error) + ">");

    public static string Textarea(string id, string name, string label, string? value, string? hint, string? error, int rows = 5, string? labelClass = null, bool isHeading = false) =>
        Group(error,
            Label(id, label, labelClass, isHeading) + HintAndError(id, hint, error)
            + $"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")}\" id=\"{id}\" name=\"{E(name)}\" rows=\"{rows}\"{DescribedBy(id, hint, error)}>{E(value)}</textarea>");

    public static string Fieldset(string id, string legend, string? legendClass, bool isHeading, string? hint, string? error, string inner, string role = "") =>
        Group(error,
            $"<fieldset class=\"govuk-fieldset\"{role}{DescribedBy(id, hint, error)}>"
            + (isHeading
                ? $"<legend class=\"govuk-fieldset__legend {legendClass ?? "govuk-fieldset__legend--l"}\"><h1 class=\"govuk-fieldset__heading\">{E(legend)}</h1></legend>"
                : $"<legend class=\"govuk-fieldset__legend{(legendClass is null ? "" : " " + legendClass)}\">{E(legend)}</legend>")
            + HintAndError(id, hint, error) + inner + "</fieldset>");

    public static string Date(string id, string name, string legend, DateParts? value, string? hint, string? error, string? legendClass = null, bool isHeading = false)
    {
        var v = value ?? new DateParts();
        var errorClass = error is null ? "" : " govuk-input--error";
        string Part(string part, string text, string? partValue, string width, string autocomplete) =>
            $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\"><label class=\"govuk-label govuk-date-input__label\" for=\"{id}-{part.ToLowerInvariant()}\">{text}</label>"
            + $"<input class=\"govuk-input govuk-date-input__input {width}{errorClass}\" id=\"{id}-{part.ToLowerInvariant()}\" name=\"{E(name)}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(partValue)}\"{autocomplete}></div></div>";
        var inner = $"<div class=\"govuk-date-input\" id=\"{id}\">"
            + Part("Day", "Day", v.Day, "govuk-input--width-2", "")
            + Part("Month", "Month", v.Month, "govuk-input--width-2", "")
            + Part("Year", "Year", v.Year, "govuk-input--width-4", "") + "</div>";
        return Fieldset(id, legend, legendClass, isHeading, hint, error, inner, " role=\"group\"");
    }

    public static string Radios(string id, string name, string legend, IReadOnlyList<Choice> choices, string? selected, string? hint, string? error,
        string? legendClass = null, bool isHeading = false, bool inline = false) =>
        Fieldset(id, legend, legendClass, isHeading, hint, error,
            $"<div class=\"govuk-radios{(inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">"
            + string.Concat(choices.Select((c, i) => Option("radio", "govuk-radios", OptionId(id, i), name, c, c.Value == selected)))
            + "</div>");

    public static string Checkboxes(string id, string name, string legend, IReadOnlyList<Choice> choices, IEnumerable<string> selected, string? hint, string? error,
        string? legendClass = null, bool isHeading = false)
    {
        var set = selected.ToHashSet();
        return Fieldset(id, legend, legendClass, isHeading, hint, error,
            "<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">"
            + string.Concat(choices.Select((c, i) => Option("checkbox", "govuk-checkboxes", OptionId(id, i), name, c, set.Contains(c.Value))))
            + "</div>");
    }

    public static string Select(string id, string name, string label, IReadOnlyList<Choice> choices, string? selected, string? hint, string? error, string? labelClass = null)
    {
        var options = "<option value=\"\">Choose</option>" + string.Concat(choices.Select(c =>
            $"<option value=\"{E(c.Value)}\"{(c.Value == selected ? " selected" : "")}>{E(c.Text)}</option>"));
        return Group(error, Label(id, label, labelClass, false) + HintAndError(id, hint, error)
            + $"<select class=\"govuk-select{(error is null ? "" : " govuk-select--error")}\" id=\"{id}\" name=\"{E(name)}\"{DescribedBy(id, hint, error)}>{options}</select>");
    }

    /// <summary>The first option keeps the field's own id, so the error summary's link lands on it.</summary>
    public static string OptionId(string id, int index) => index == 0 ? id : $"{id}-{index + 1}";

    private static string Option(string type, string block, string optionId, string name, Choice choice, bool isChecked)
    {
        var html = new StringBuilder();
        html.Append($"<div class=\"{block}__item\"><input class=\"{block}__input\" id=\"{optionId}\" name=\"{E(name)}\" type=\"{type}\" value=\"{E(choice.Value)}\"");
        html.Append(isChecked ? " checked" : "");
        html.Append(choice.Hint is null ? ">" : $" aria-describedby=\"{optionId}-item-hint\">");
        html.Append($"<label class=\"govuk-label {block}__label\" for=\"{optionId}\">{E(choice.Text)}</label>");
        html.Append(choice.Hint is null ? "" : $"<div id=\"{optionId}-item-hint\" class=\"govuk-hint {block}__hint\">{E(choice.Hint)}</div>");
        return html.Append("</div>").ToString();
    }
}
