using CaseReview.Domain.Agencies;

namespace CaseReview.UseCases.Agencies;

/// <summary>The fields an administrator gives when adding or changing an agency; shared by both use cases.</summary>
public interface IAgencyDetails
{
    string? Name { get; }
    AgencyKind? Kind { get; }
    string? ContactEmail { get; }
}
