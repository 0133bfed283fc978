using CaseReview.Web.Auth;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Pages.Staff;

/// <summary>
/// <c>/staff</c>: each person's own start page (caseworkers the deadlines, panel members and chairs their panels'
/// cases). Sign-ins that cannot know the person beforehand (OpenID Connect) come back here.
/// </summary>
public sealed class IndexModel : StaffPageModel
{
    public IActionResult OnGet() => LocalRedirect(StaffCookies.HomeFor(User));
}
