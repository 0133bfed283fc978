using System.Text.Json;
using System.Text.Json.Serialization;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Drafts;
using CaseReview.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Apply;

/// <summary>
/// A page of the application form. Answers live in a server-side draft found by a cookie; each page checks
/// its own fields with the API's validator (from DI) and keeps what was typed when something is wrong.
/// </summary>
public abstract class ApplyPageModel(ApplicationDraftStore drafts, IValidator<SubmitApplicationCommand> validator) : PageModel
{
    public const string DraftCookie = "casereview-draft";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected ApplicationDraftStore Drafts => drafts;

    public ApplicationAnswers Answers { get; private set; } = new();

    public ApplicationDraft? Draft { get; private set; }

    public FormErrors Errors { get; } = new();

    /// <summary>Set by a "Change" link on the check answers page: go back there after this page.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    /// <summary>Loads the resident's draft; false when there is none (never started, expired or already sent).</summary>
    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        Draft = await drafts.FindAsync(Request.Cookies[DraftCookie], ct);
        if (Draft is null || Draft.IsSubmitted)
        {
            return false;
        }

        Answers = JsonSerializer.Deserialize<ApplicationAnswers>(Draft.AnswersJson, Json) ?? new ApplicationAnswers();
        return true;
    }

    protected async Task SaveAsync(CancellationToken ct)
    {
        var id = Draft is { IsSubmitted: false } ? Draft.Id : ApplicationDraftStore.NewId();
        Draft = await drafts.SaveAsync(id, JsonSerializer.Serialize(Answers, Json), ct);
        Response.Cookies.Append(DraftCookie, id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = true, // even when a TLS proxy makes the request look like http
            IsEssential = true,
            Path = "/apply",
            // A session cookie: closing the browser on a shared computer forgets the draft (it also expires on the server).
        });
    }

    /// <summary>Runs the application's validator over every answer and keeps only this page's fields' errors.</summary>
    protected async Task CheckAsync(IReadOnlyList<FormField> fields, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(Answers.ToCommand(), ct);
        Errors.AddFailures(result.Errors, fields);
    }

    protected void AddDateProblem(string fieldId, string? problem)
    {
        if (problem is not null)
        {
            Errors.Add(fieldId, problem, isDate: true);
        }
    }

    /// <summary>For redirects: carries "change" on only when it is set, so addresses stay clean.</summary>
    protected bool? ChangeFlag => Change ? true : null;

    protected IActionResult StartAgain() => RedirectToPage("/Apply/AboutYou");

    protected IActionResult Next(string page) => Change ? RedirectToPage("/Apply/CheckAnswers") : RedirectToPage(page);

    public override void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context) =>
        ViewData["HasErrors"] = Errors.Any;
}
