using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Apply;

/// <summary>The form starts with "About you"; this address is what the start page's button links to.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Apply/AboutYou");
}
