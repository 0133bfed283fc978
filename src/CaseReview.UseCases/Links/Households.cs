using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Links;

/// <summary>
/// For the threshold's households rule: the distinct households among a case and the cases linked to it (the same
/// problem reported by several residents). A household is an address; an application without one counts by its
/// applicant's email or phone, else on its own. A linked application counts only when it was not withdrawn and one
/// of its complaints was reported within the rule's window before this application was received: the same window
/// the applicant's own complaints are held to.
/// </summary>
public static class Households
{
    public static async Task<int> CountAsync(ICaseReviewDb db, CaseApplication application, int windowMonths, CancellationToken cancellationToken)
    {
        var linked = application.Links.Select(l => l.LinkedApplicationId).ToList();
        var receivedOn = WorkingDayCalendar.LondonDate(application.ReceivedAt);
        var from = receivedOn.AddMonths(-windowMonths);
        var others = linked.Count == 0
            ? []
            : await db.Applications
                .Where(a => linked.Contains(a.Id) && a.Status != CaseStatus.Withdrawn
                    && a.Complaints.Any(c => c.ReportedDate >= from && c.ReportedDate <= receivedOn))
                .Select(a => a.AddressKey ?? a.EmailKey ?? a.PhoneKey ?? a.Reference)
                .ToListAsync(cancellationToken);
        var own = application.AddressKey ?? application.EmailKey ?? application.PhoneKey ?? application.Reference;
        return others.Append(own).Distinct().Count();
    }
}
