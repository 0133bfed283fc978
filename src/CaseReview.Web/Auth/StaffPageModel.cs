using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Auth;

/// <summary>
/// A staff page: only for someone signed in with the staff cookie; anyone else is sent to sign in and brought
/// back. What each role may see is still decided by the use case the page sends.
/// </summary>
[Authorize(Policy = AuthSetup.StaffPagesPolicy)]
public abstract class StaffPageModel : PageModel;

/// <summary>
/// Sign-in and sign-out: open to anyone, but the staff cookie is still read, so a signed-in person is known here
/// (the antiforgery token of the "Sign out" button is tied to them).
/// </summary>
[Authorize(Policy = AuthSetup.StaffPagesPolicy)]
[AllowAnonymous]
public abstract class StaffDoorPageModel : PageModel;
