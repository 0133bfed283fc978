namespace CaseReview.Domain.Applications;

/// <summary>When documents may be attached to the case, and by whom.</summary>
public sealed partial class CaseApplication
{
    /// <summary>The lead body's officers attach documents until the retention schedule removes the case's personal data.</summary>
    public bool MayAddDocuments => !IsAnonymised;

    /// <summary>A panel agency attaches documents for its response while it may respond: from the scheduling of the review until the outcome is sent.</summary>
    public bool MayAddAgencyDocuments(int agencyId) => MayAddDocuments && MayRecordAgencyResponse(agencyId);

    /// <summary>The applicant sends documents from their tracking page while the case is before the panel (review pending or held).</summary>
    public bool MayApplicantAddDocuments => MayAddDocuments && MayRecordAgencyResponses;
}
