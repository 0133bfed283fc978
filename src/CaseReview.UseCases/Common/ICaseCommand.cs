using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;

namespace CaseReview.UseCases.Common;

/// <summary>A request about the case with <see cref="Reference"/>: it processes the case's data, so a restriction stops it.</summary>
public interface ICaseCommand : IProcessesCase
{
    string Reference { get; }

    IQueryable<CaseApplication> IProcessesCase.CaseProcessed(CaseAccess access, ICaseReviewDb db) =>
        access.Visible().Where(a => a.Reference == Reference);
}
