namespace CaseReview.Domain.Deadlines;

/// <summary>Working days allowed for each stage. Statute sets none; these defaults follow common local practice.</summary>
public sealed record Timescales
{
    public int Acknowledge { get; init; } = 2;
    public int ThresholdDecision { get; init; } = 10;
    public int ReviewMeeting { get; init; } = 20;
    public int Outcome { get; init; } = 5;
    public int AppealWindow { get; init; } = 20;
    public int AppealDecision { get; init; } = 15;

    public int For(Stage stage) => stage switch
    {
        Stage.Acknowledge => Acknowledge,
        Stage.ThresholdDecision => ThresholdDecision,
        Stage.ReviewMeeting => ReviewMeeting,
        Stage.Outcome => Outcome,
        Stage.AppealWindow => AppealWindow,
        Stage.AppealDecision => AppealDecision,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
