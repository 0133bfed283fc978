namespace CaseReview.UseCases.Common;

/// <summary>Bounds on the pages of a list: (page - 1) * size must stay a small number, never overflow.</summary>
public static class Paging
{
    public const int MaxPage = 100_000;
}
