namespace CaseReview.Web.Forms;

/// <summary>GOV.UK pagination for a list the query already split into pages: previous and next, and where we are.</summary>
public sealed record Pagination(int Page, int PageSize, int Total, Func<int, string> Href)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;
}
