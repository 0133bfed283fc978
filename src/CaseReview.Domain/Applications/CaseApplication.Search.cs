namespace CaseReview.Domain.Applications;

public sealed partial class CaseApplication
{
    /// <summary>
    /// Works the search texts out again from the details. Called by every change of the details, and for cases written
    /// before the current rule (a derived value: nothing in the case's history changes).
    /// </summary>
    public void RefreshSearchText()
    {
        SearchText = CaseSearch.Text(this);
        PanelSearchText = CaseSearch.PanelText(this);
        SearchTextVersion = CaseSearch.Version;
    }
}
