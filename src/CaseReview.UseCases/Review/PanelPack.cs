using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Notes;

namespace CaseReview.UseCases.Review;

/// <summary>
/// The papers for the review meeting, as the caller may see them: the case (its summary and the chronology of
/// complaints; contact details as <c>Privacy:PanelSeesApplicantContact</c> says), the chronology of contacts and notes
/// (oldest first; for panel members only those shared with the panel), each panel agency's response, the risk assessment
/// (null: not assessed), the documents list, and the meeting's record once made. <see cref="MadeFor"/> and
/// <see cref="MadeAt"/> are printed on every page.
/// </summary>
public sealed record PanelPack(
    CaseDetail Case,
    IReadOnlyList<CaseNoteView> Contacts,
    IReadOnlyList<PanelPackAgency> Agencies,
    PanelPackRiskAssessment? RiskAssessment,
    IReadOnlyList<CaseDocumentView> Documents,
    string MadeFor,
    DateTime MadeAt)
{
    /// <summary>The file name of the PDF: the case's reference, never a name.</summary>
    public string FileName => $"{Case.Reference}-panel-pack.pdf";
}
