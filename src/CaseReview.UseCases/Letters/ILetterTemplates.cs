namespace CaseReview.UseCases.Letters;

/// <summary>
/// The wording of every letter, kept in files a council can edit without recompiling (Infrastructure), as the emails
/// are. Values are strings, or lists of strings that become bullet points.
/// </summary>
public interface ILetterTemplates
{
    LetterText Render(string template, IReadOnlyDictionary<string, object> values);
}
