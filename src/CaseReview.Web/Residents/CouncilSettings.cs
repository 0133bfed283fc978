namespace CaseReview.Web.Residents;

/// <summary>The council running the service, as residents see it in the header and on the start page (settings under <c>Council</c>).</summary>
public sealed record CouncilSettings
{
    public string Name { get; init; } = "Your council";
    public string Phone { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string PostalAddress { get; init; } = string.Empty;

    /// <summary>The residents' service, in the page title and the header; the staff area sets its own through ViewData.</summary>
    public const string ServiceName = "Apply for an ASB case review";
}
