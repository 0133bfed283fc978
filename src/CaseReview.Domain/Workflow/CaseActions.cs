namespace CaseReview.Domain.Workflow;

public static class CaseActions
{
    private static readonly Dictionary<CaseAction, string> Names = new()
    {
        [CaseAction.StartAssessment] = "start-assessment",
        [CaseAction.ThresholdDecision] = "threshold-decision",
        [CaseAction.ScheduleReview] = "schedule-review",
        [CaseAction.RecordReview] = "record-review",
        [CaseAction.SendOutcome] = "send-outcome",
        [CaseAction.Close] = "close",
        [CaseAction.Withdraw] = "withdraw",
        [CaseAction.Appeal] = "appeal",
        [CaseAction.AppealDecision] = "appeal-decision",
    };

    public static string Name(this CaseAction action) => Names[action];

    public static bool TryParse(string name, out CaseAction action)
    {
        foreach (var (key, value) in Names)
        {
            if (string.Equals(value, name, StringComparison.OrdinalIgnoreCase))
            {
                action = key;
                return true;
            }
        }

        action = default;
        return false;
    }
}
