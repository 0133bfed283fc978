namespace CaseReview.Domain.Review;

/// <summary>How the applicant takes part in the review meeting (guidance: the victim chooses how involved to be).</summary>
public enum ApplicantParticipation { InPerson, Online, WrittenViews, NotTakingPart }

/// <summary>Who chairs the panel: a staff account (<see cref="UserId"/>) or a named independent chair.</summary>
public sealed record PanelChair(string? UserId, string Name);

/// <summary>The applicant was consulted on the action plan before it was final.</summary>
public sealed record ApplicantConsultation(DateOnly ConsultedOn, string How, string? Comments, string RecordedBy);
