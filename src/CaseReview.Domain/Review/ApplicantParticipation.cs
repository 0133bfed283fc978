namespace CaseReview.Domain.Review;

/// <summary>How the applicant takes part in the review meeting (guidance: the victim chooses how involved to be).</summary>
public enum ApplicantParticipation { InPerson, Online, WrittenViews, NotTakingPart }
