namespace CaseReview.UseCases.Cases;

/// <summary>The correction form's reading of a case: the case itself and each detail that can be corrected, with its value now.</summary>
public sealed record CorrectionForm(CaseDetail Case, IReadOnlyList<CorrectableDetailView> Details);
