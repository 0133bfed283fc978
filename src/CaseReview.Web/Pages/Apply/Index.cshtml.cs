using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Apply;

/// <summary>
/// The form starts with "About you"; this address is what the start page's button links to. After "Delete my
/// answers" it says the answers are gone, so the resident knows the computer holds nothing more.
/// </summary>
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Deleted { get; set; }

    public IActionResult OnGet() => Deleted ? Page() : RedirectToPage("/Apply/AboutYou");
}
