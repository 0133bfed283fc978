using CaseReview.Domain.Applications;
using CaseReview.UseCases.Cases;

namespace CaseReview.UseCases.Common;

/// <summary>
/// A request that processes one case's data (an action, a change, a note, a document, a letter, an erasure): refused
/// with 409 while processing of the case is restricted (UK GDPR Article 18), by <see cref="ProcessingRestrictionBehaviour{TMessage, TResponse}"/>,
/// before its handler runs.
/// </summary>
public interface IProcessesCase
{
    /// <summary>The case the request processes, among those the caller may see (a case they may not see stays not found).</summary>
    IQueryable<CaseApplication> CaseProcessed(CaseAccess access, ICaseReviewDb db);

    /// <summary>True for what restricts or lifts the restriction itself.</summary>
    bool ChangesRestriction => false;
}
