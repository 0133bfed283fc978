using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;

namespace CaseReview.UseCases.Links;

internal static class OtherCase
{
    /// <summary>The other case of a link, as a field error when it cannot be found.</summary>
    public static async Task<Domain.Applications.CaseApplication> LoadAsync(CaseAccess access, string reference, CancellationToken cancellationToken)
    {
        try
        {
            return await access.LoadAsync(reference, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new CaseRuleException("otherReference", $"There is no case with the reference {reference}.");
        }
    }
}
