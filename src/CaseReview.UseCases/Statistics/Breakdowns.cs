namespace CaseReview.UseCases.Statistics;

public sealed record Breakdowns(
    IReadOnlyList<CountRow> ByAsbType,
    IReadOnlyList<CountRow> ByIssueType,
    IReadOnlyList<CountRow> ByChannel,
    IReadOnlyList<CountRow> ByPostcodeDistrict,
    IReadOnlyList<CountRow> ByVictimType,
    int ThirdParty,
    int HateMotivated);
