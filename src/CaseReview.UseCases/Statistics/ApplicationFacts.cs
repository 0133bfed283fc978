using CaseReview.Domain.Applications;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Workflow;

namespace CaseReview.UseCases.Statistics;

/// <summary>The few facts per application that the figures are counted from; no names, no story.</summary>
internal sealed record ApplicationFacts(
    DateOnly ReceivedOn,
    AsbType AsbType,
    IReadOnlyList<IssueType> IssueTypes,
    Channel Channel,
    VictimType VictimType,
    string? Postcode,
    bool IsThirdParty,
    bool HateMotivated,
    IReadOnlyList<int> ReviewsWithRecommendations,
    IReadOnlyList<(string Action, CaseStatus To, DateOnly On)> Transitions,
    IReadOnlyList<StageDeadline> Deadlines);
