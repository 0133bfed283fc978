namespace CaseReview.UseCases.Cases;

/// <summary>What panel members see of the applicant (settings under <c>Privacy</c>).</summary>
public sealed record PrivacySettings
{
    /// <summary>
    /// False (the default): panel members and chairs do not see the applicant's email, phone, address or postcode;
    /// the lead body keeps in touch with the applicant. A council whose panel contacts applicants itself sets it to true.
    /// </summary>
    public bool PanelSeesApplicantContact { get; init; }
}
