using CaseReview.Domain.Documents;
using FluentValidation;

namespace CaseReview.UseCases.Documents;

/// <summary>The checks every upload goes through, whoever sends it (officer, panel member or applicant): same limits, same words.</summary>
public static class DocumentRules
{
    /// <summary>What is wrong with the file, in words for the uploader, or null when it may be kept (before the case's total and the virus scan).</summary>
    public static string? Problem(DocumentUpload? file, DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (file is null)
        {
            return "Select a file to upload";
        }

        if (file.Length == 0)
        {
            return "The selected file is empty";
        }

        if (file.Length > settings.MaxFileBytes)
        {
            return $"The selected file must be {DocumentSizes.Words(settings.MaxFileBytes)} or smaller (it is {DocumentSizes.Words(file.Length)})";
        }

        if (!file.IsRead)
        {
            return "The selected file could not be read. Select it again";
        }

        return DocumentTypes.Check(file.Content).Problem;
    }

    /// <summary>Adds the rules for the file (on <c>file</c>) and its description (on <c>description</c>) to a request's validator.</summary>
    public static void AddUploadRules<T>(this AbstractValidator<T> validator, Func<T, DocumentUpload?> file, Func<T, string?> description, DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(x => file(x)).Must(upload => Problem(upload, settings) is null)
            .WithMessage((_, upload) => Problem(upload, settings) ?? string.Empty).OverridePropertyName("file");
        validator.RuleFor(x => description(x)).MaximumLength(CaseDocument.DescriptionLength)
            .WithMessage($"The description must be {CaseDocument.DescriptionLength} characters or fewer")
            // A form's file upload is not decoded as a plain form is, so a NUL (which PostgreSQL refuses) could reach the database.
            .Must(d => d is null || !d.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n')))
            .WithMessage("The description holds a character that cannot be used. Type it again without it")
            .OverridePropertyName("description");
    }

    /// <summary>The message when a file would take a case over <see cref="DocumentSettings.MaxCaseBytes"/>.</summary>
    public static string OverCaseTotal(long held, long adding, DocumentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return $"The documents on this case can add up to {DocumentSizes.Words(settings.MaxCaseBytes)}. It already holds {DocumentSizes.Words(held)}, " +
            $"so there is no room for this {DocumentSizes.Words(adding)} file. Choose a smaller file, or ask for a document the case no longer needs to be removed";
    }

    public const string MalwareFound = "The selected file contains a virus or other harmful software, so it has not been kept. Check your computer for viruses, then choose a clean copy";
}
