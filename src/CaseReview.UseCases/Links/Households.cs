using CaseReview.Domain.Applications;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Links;

/// <summary>
/// For the threshold's households rule: the distinct households among a case and the cases linked to it (the same
/// problem reported by several residents). A household is an address; an application without one counts by its
/// applicant's email or phone, else on its own.
/// </summary>
public static class Households
{
    public static async Task<int> CountAsync(ICaseReviewDb db, CaseApplication application, CancellationToken cancellationToken)
    {
        var linked = application.Links.Select(l => l.LinkedApplicationId).ToList();
        var others = linked.Count == 0
            ? []
            : await db.Applications.Where(a => linked.Contains(a.Id))
                .Select(a => a.AddressKey ?? a.EmailKey ?? a.PhoneKey ?? a.Reference)
                .ToListAsync(cancellationToken);
        var own = application.AddressKey ?? application.EmailKey ?? application.PhoneKey ?? application.Reference;
        return others.Append(own).Distinct().Count();
    }
}
