using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseReview.Web.Pages.Survey;

/// <summary>After the survey is answered. The address holds no code, so it says nothing if seen in the browser's history.</summary>
public sealed class ThankYouModel : PageModel;
