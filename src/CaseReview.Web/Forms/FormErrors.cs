using CaseReview.Web.Errors;
using FluentValidation.Results;

namespace CaseReview.Web.Forms;

/// <summary>
/// The errors on one page, in the order of the page's fields, keyed by the id of the input to focus: the
/// GOV.UK error summary links to them and each field shows its own message.
/// </summary>
public sealed class FormErrors
{
    private readonly List<FieldError> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<FieldError> All => _errors;

    public string? this[string fieldId] => _errors.Find(e => e.FieldId == fieldId)?.Message;

    /// <summary>Adds a message unless the field has one; the summary links to the field (a date's day box), or to <paramref name="href"/>.</summary>
    public void Add(string fieldId, string message, bool isDate = false, string? href = null)
    {
        if (this[fieldId] is null)
        {
            _errors.Add(new FieldError(fieldId, message, href ?? "#" + (isDate ? fieldId + "-day" : fieldId)));
        }
    }

    /// <summary>
    /// Takes the validator's failures (paths as the API names them, e.g. <c>applicant.email</c>) that belong to
    /// this page, in the page's field order. <paramref name="fields"/> maps a path to the id of its input.
    /// </summary>
    public void AddFailures(IEnumerable<ValidationFailure> failures, IReadOnlyList<FormField> fields)
    {
        var byPath = failures.GroupBy(f => ProblemDetailsExceptionHandler.FieldPath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.First().ErrorMessage, StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (byPath.TryGetValue(field.Path, out var message))
            {
                Add(field.Id, message, field.IsDate);
            }
        }

        // The summary lists problems in the order the page asks the questions.
        var order = fields.Select(f => f.Id).ToList();
        var sorted = _errors.OrderBy(e => order.IndexOf(e.FieldId) is var i && i < 0 ? int.MaxValue : i).ToList();
        _errors.Clear();
        _errors.AddRange(sorted);
    }
}
