namespace CaseReview.Domain.Review;

/// <summary>
/// The review meeting as arranged: when it is (UTC), who chairs it and how the applicant takes part. Before anything is
/// arranged every part is empty. An upheld appeal against the review sets the time aside (a fresh review needs a fresh
/// meeting) and keeps the chair and the applicant's choice, which the next arrangement keeps unless it names others.
/// The panel is not part of it: the agencies on the panel are who may see the case and who own its action plan, from
/// the first meeting to the case's close (<see cref="Applications.CaseApplication.PanelAgencyIds"/>).
/// </summary>
/// <param name="At">When the meeting is, in UTC; null while none is arranged.</param>
/// <param name="ChairUserId">The chair's staff account; null for an independent chair, or while nobody chairs it.</param>
/// <param name="ChairName">The chair's name; null while nobody chairs it.</param>
/// <param name="ApplicantParticipation">How the applicant takes part; null until they have said.</param>
public sealed record ReviewMeeting(DateTime? At, string? ChairUserId, string? ChairName, ApplicantParticipation? ApplicantParticipation)
{
    /// <summary>A case's meeting before anything about it is arranged (a new instance for each case).</summary>
    public static ReviewMeeting NotArranged() => new(null, null, null, null);

    /// <summary>Who chairs the panel; null while nobody does.</summary>
    public PanelChair? Chair => ChairName is null ? null : new PanelChair(ChairUserId, ChairName);

    public bool IsArranged => At is not null;

    /// <summary>The meeting at <paramref name="atUtc"/>, keeping the chair and the applicant's choice when not given.</summary>
    public ReviewMeeting ArrangedFor(DateTime atUtc, PanelChair? chair, ApplicantParticipation? participation)
    {
        var chairedBy = chair ?? Chair;
        return new ReviewMeeting(atUtc, chairedBy?.UserId, chairedBy?.Name, participation ?? ApplicantParticipation);
    }

    /// <summary>The meeting with its time set aside, its chair and the applicant's choice kept for the next one.</summary>
    public ReviewMeeting SetAside() => this with { At = null };
}
