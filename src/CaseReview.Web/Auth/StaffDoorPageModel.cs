using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Auth;

/// <summary>
/// Sign-in and sign-out: open to anyone, but the staff cookie is still read, so a signed-in person is known here
/// (the antiforgery token of the "Sign out" button is tied to them).
/// </summary>
[Authorize(Policy = AuthSetup.StaffPagesPolicy)]
[AllowAnonymous]
public abstract class StaffDoorPageModel : PageModel;
