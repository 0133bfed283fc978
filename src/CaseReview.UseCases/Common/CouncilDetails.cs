namespace CaseReview.UseCases.Common;

/// <summary>The council running the service, as residents see it in pages and emails (settings under <c>Council</c>).</summary>
public sealed record CouncilDetails
{
    public string Name { get; init; } = "Your council";
    public string Phone { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string PostalAddress { get; init; } = string.Empty;

    /// <summary>Used in the page title and the header: "Apply for an ASB case review".</summary>
    public string ServiceName { get; init; } = "Apply for an ASB case review";
}
