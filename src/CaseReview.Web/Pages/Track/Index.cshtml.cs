using CaseReview.Web.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Track;

/// <summary>For a resident who has the code but not the link.</summary>
public sealed class IndexModel : PageModel
{
    public FormErrors Errors { get; } = new();

    [BindProperty(SupportsGet = true)] public string? Code { get; set; }

    public IActionResult OnGet()
    {
        if (Code is null)
        {
            return Page();
        }

        var code = new string([.. Code.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
        if (code.Length == 0)
        {
            Errors.Add("code", "Enter your tracking code");
            ViewData["HasErrors"] = true;
            return Page();
        }

        return RedirectToPage("/Track/Application", new { code });
    }
}
