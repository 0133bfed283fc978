using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Retention;

/// <summary>A case past its retention date: which rule applies, when it ended and when it became due.</summary>
/// <param name="Reference">The case.</param>
/// <param name="Status">Closed or Withdrawn.</param>
/// <param name="EndedOn">The day (UTC) it was closed or withdrawn.</param>
/// <param name="Rule">The setting applied: <c>ClosedCaseYears</c> or <c>ThresholdNotMetYears</c>.</param>
/// <param name="DueOn">The day its personal data became due for removal.</param>
/// <param name="Emails">How many of its emails lose their text and the applicant's address.</param>
/// <param name="Documents">How many documents attached to it are deleted.</param>
public sealed record CaseToAnonymise(string Reference, CaseStatus Status, DateOnly EndedOn, string Rule, DateOnly DueOn, int Emails, int Documents);
