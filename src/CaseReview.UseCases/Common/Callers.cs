namespace CaseReview.UseCases.Common;

/// <summary>Who may send a request at all, before anything about it is looked up (see <see cref="CallersAttribute"/>).</summary>
public enum Callers
{
    /// <summary>Residents and the public: applying, tracking, eligibility, signing in.</summary>
    Anyone,

    /// <summary>Any signed-in member of staff; what they may see is then narrowed by their role and agency.</summary>
    Staff,

    /// <summary>Case officers and administrators.</summary>
    Caseworkers,

    /// <summary>Appeal reviewers only: deciding an appeal is kept apart from the lead body's caseworkers.</summary>
    AppealReviewers,

    /// <summary>Administrators only.</summary>
    Administrators,

    /// <summary>The application's own background jobs; never an HTTP request, whoever sends it.</summary>
    BackgroundJobs,
}
