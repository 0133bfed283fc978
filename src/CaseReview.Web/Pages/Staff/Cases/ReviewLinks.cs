namespace CaseReview.Web.Pages.Staff.Cases;

/// <summary>The review's own pages, which are not workflow actions (the case's status does not change).</summary>
public static class ReviewLinks
{
    public static string PanelResponse(string reference, string? agency = null) =>
        CaseLinks.Action(reference, "panel-responses") + (agency is null ? "" : "?agency=" + Uri.EscapeDataString(agency));

    public static string Consultation(string reference) => CaseLinks.Action(reference, "applicant-consultation");

    public static string Recommendation(string reference, int id) => CaseLinks.Action(reference, $"recommendations/{id}");
}
