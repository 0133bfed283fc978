namespace CaseReview.UseCases.Email;

/// <summary>
/// The wording of every email, kept in files a council can edit without recompiling (Infrastructure). Values are
/// strings, or lists of strings that become bullet points.
/// </summary>
public interface IEmailTemplates
{
    RenderedEmail Render(string template, IReadOnlyDictionary<string, object> values);
}
