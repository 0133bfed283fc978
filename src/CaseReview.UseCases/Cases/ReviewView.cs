using CaseReview.Domain.Review;
using CaseReview.UseCases.Review;

namespace CaseReview.UseCases.Cases;

/// <summary>
/// The review: meeting, panel, chair, how the applicant takes part; each agency's current response (earlier ones in
/// <c>ReplacedResponses</c>); findings and the action plan; and the applicant's consultation on that plan. After an
/// upheld appeal against the review, the earlier review's findings and recommendations are kept, set aside, in
/// <c>SetAsideFindings</c> and <c>SetAsideRecommendations</c>: history, no longer followed. Each panel agency's
/// information request (a panel member sees their own agency's) and, once made, the record of the meeting.
/// </summary>
public sealed record ReviewView(
    DateTime? MeetingAt,
    IReadOnlyList<string> Panel,
    string? Findings,
    IReadOnlyList<RecommendationView> Recommendations,
    PanelChair? Chair,
    ApplicantParticipation? ApplicantParticipation,
    IReadOnlyList<AgencyResponseView> Responses,
    IReadOnlyList<AgencyResponseView> ReplacedResponses,
    ApplicantConsultation? ApplicantConsultation,
    string? SetAsideFindings,
    IReadOnlyList<RecommendationView> SetAsideRecommendations,
    IReadOnlyList<InformationRequestView> InformationRequests,
    MeetingRecordView? MeetingRecord);
