using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;

namespace CaseReview.UseCases.Tracking;

/// <summary>What the applicant asks for with their tracking code: it processes their case, so a restriction stops it.</summary>
public interface ITrackingCommand : IProcessesCase
{
    string TrackingCode { get; }

    // The tracking code speaks for the applicant, who may see their own case whoever else is signed in.
    IQueryable<CaseApplication> IProcessesCase.CaseProcessed(CaseAccess access, ICaseReviewDb db) =>
        db.Applications.Where(a => a.TrackingCode == TrackingCode);
}
