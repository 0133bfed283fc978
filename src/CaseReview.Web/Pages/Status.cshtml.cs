using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages;

/// <summary>
/// The page shown for a missing page or a refused form. A refused post is re-executed here as a post, so this
/// page must not ask for the antiforgery token that was just found missing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
