namespace CaseReview.Domain.Review;

/// <summary>The applicant was consulted on the action plan before it was final.</summary>
public sealed record ApplicantConsultation(DateOnly ConsultedOn, string How, string? Comments, string RecordedBy);
