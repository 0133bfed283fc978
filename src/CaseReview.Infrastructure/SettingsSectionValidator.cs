using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CaseReview.Infrastructure;

/// <summary>Checks one settings section and names each wrong value by its full key, e.g. <c>Reminders:IntervalMinutes</c>.</summary>
internal sealed class SettingsSectionValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{string.Join(", ", r.MemberNames.DefaultIfEmpty(string.Empty).Select(m => $"{section}:{m}".TrimEnd(':')))}: {r.ErrorMessage}"));
    }
}
