using CaseReview.Domain.Workflow;

namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>
/// Where each staff case page lives. Every workflow action has its form at <c>/staff/cases/{reference}/{action}</c>
/// (the same name as the API's <c>POST /api/cases/{reference}/{action}</c>), so the case page can link to each
/// action it is told is allowed now.
/// </summary>
public static class CaseLinks
{
    public static string Case(string reference) => $"/staff/cases/{Uri.EscapeDataString(reference)}";

    public static string Action(string reference, string actionName) => $"{Case(reference)}/{actionName}";

    public static string Action(string reference, CaseAction action) => Action(reference, action.Name());
}
