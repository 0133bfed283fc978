using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Survey;

namespace CaseReview.UseCases.Letters;

/// <summary>
/// Makes a notice's letter from the case as it is now, in the words of the letter templates. A notice that has not
/// been given yet (an outcome before it is sent) is refused in words, as a conflict with the case's status.
/// Agency names come from the staff read model (<see cref="CaseDetail"/>), never from the entity.
/// </summary>
public sealed class LetterComposer(ILetterTemplates templates, CouncilDetails council, EmailSettings email, ThresholdPolicy policy, DeadlinePlanner planner)
{
    /// <summary>The notices that apply to the case now, in the order a case meets them.</summary>
    public static IReadOnlyList<LetterNotice> Available(CaseApplication application) =>
        [.. Enum.GetValues<LetterNotice>().Where(n => WhyNot(application, n) is null)];

    /// <summary>
    /// The letter; <paramref name="survey"/> is the case's invitation to the satisfaction survey, which the closure letter
    /// (and the appeal decision that closes the case) carries when the case has one.
    /// </summary>
    public Letter Compose(CaseApplication application, CaseDetail detail, LetterNotice notice, DateTime utcNow, SurveyLink? survey = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(detail);
        if (WhyNot(application, notice) is { } reason)
        {
            throw new CaseStateException(application.Status, $"There is no {LetterNotices.Words(notice)} letter for {application.Reference} yet: {reason}");
        }

        var values = CommonValues(application);
        if (survey is not null && notice is LetterNotice.Closure or LetterNotice.AppealDecision)
        {
            values["SurveyUrl"] = survey.Url;
            values["SurveyClosesOn"] = survey.ClosesOn;
        }

        var template = notice switch
        {
            LetterNotice.Acknowledgement => Acknowledgement(application, values),
            LetterNotice.ThresholdDecision => ThresholdDecision(application, values),
            LetterNotice.MeetingInvitation => MeetingInvitation(application, values),
            LetterNotice.Outcome => Outcome(application, detail, values),
            LetterNotice.AppealDecision => AppealDecision(application, values),
            _ => Closure(application, values),
        };

        return new Letter(
            application.Reference,
            notice,
            council.Name,
            Lines(council.PostalAddress),
            string.IsNullOrWhiteSpace(council.Phone) ? null : council.Phone,
            string.IsNullOrWhiteSpace(council.Email) ? null : council.Email,
            application.Applicant.Name.Trim(),
            [.. Lines(application.Applicant.Address), .. Lines(application.Applicant.Postcode?.ToUpperInvariant())],
            planner.Today(utcNow),
            templates.Render(template, values));
    }

    /// <summary>Why the notice does not apply to the case (yet), in words; null when it does.</summary>
    public static string? WhyNot(CaseApplication application, LetterNotice notice) => notice switch
    {
        LetterNotice.Acknowledgement => null,
        LetterNotice.ThresholdDecision when application.ThresholdDecision is null => "the threshold has not been decided.",
        LetterNotice.MeetingInvitation when !application.Meeting.IsArranged => "no review meeting has been arranged.",
        LetterNotice.Outcome when !OutcomeIsSent(application) => "the outcome has not been sent.",
        LetterNotice.AppealDecision when application.Appeal?.Upheld is null => "no appeal has been decided.",
        LetterNotice.Closure when application.IsOpen => "the case is still open.",
        _ => null,
    };

    // As on the tracking page: the latest review's outcome, once sent; a review set aside by an upheld appeal is not.
    private static bool OutcomeIsSent(CaseApplication application)
    {
        var history = application.History.OrderBy(h => h.OccurredAt).ThenBy(h => h.Id).ToList();
        var recorded = history.FindLastIndex(h => h.Action == CaseAction.RecordReview.Name());
        var sent = history.FindLastIndex(h => h.Action == CaseAction.SendOutcome.Name());
        return recorded >= 0 && sent > recorded && application.Findings is not null;
    }

    private Dictionary<string, object> CommonValues(CaseApplication application) => new()
    {
        ["CouncilName"] = council.Name,
        ["Reference"] = application.Reference,
        ["ApplicantName"] = EmailWords.Greeting(application.Applicant.Name),
        ["TrackingUrl"] = email.TrackingUrl(application.TrackingCode),
        ["HowToContactUs"] = HowToContactUs(),
    };

    private string HowToContactUs()
    {
        var ways = new List<string>();
        if (!string.IsNullOrWhiteSpace(council.Phone))
        {
            ways.Add($"call {council.Phone}");
        }

        if (!string.IsNullOrWhiteSpace(council.Email))
        {
            ways.Add($"email {council.Email}");
        }

        ways.Add("write to us at the address at the top of this letter");
        return ways.Count == 1 ? ways[0] : $"{string.Join(", ", ways[..^1])} or {ways[^1]}";
    }

    private static string Acknowledgement(CaseApplication application, Dictionary<string, object> values)
    {
        values["ReceivedOn"] = EmailWords.Date(WorkingDayCalendar.LondonDate(application.ReceivedAt));
        values["ThresholdDecisionDue"] = DueDate(application, Stage.ThresholdDecision);
        return "acknowledgement";
    }

    private string ThresholdDecision(CaseApplication application, Dictionary<string, object> values)
    {
        // The applicant is told the rule applied and why each complaint did or did not count (dates and agencies only).
        var verdict = policy.Evaluate(application.ThresholdInput(WorkingDayCalendar.LondonDate(application.ReceivedAt)));
        values["Decision"] = application.ThresholdDecision?.Reason ?? verdict.Reason;
        values["Reasons"] = verdict.Complaints.Select(c => c.Reason).ToList();
        if (application.ThresholdDecision!.Met)
        {
            values["ReviewMeetingDue"] = DueDate(application, Stage.ReviewMeeting);
            return "threshold-met";
        }

        values["AppealBy"] = DueDate(application, Stage.AppealWindow);
        return "threshold-not-met";
    }

    private static string MeetingInvitation(CaseApplication application, Dictionary<string, object> values)
    {
        values["MeetingAt"] = EmailWords.DateAndTime(application.Meeting.At!.Value);
        return "meeting-invitation";
    }

    private static string Outcome(CaseApplication application, CaseDetail detail, Dictionary<string, object> values)
    {
        values["Summary"] = application.ApplicantSummary ?? "Your case officer will tell you what the panel found.";
        var plan = detail.Review.Recommendations
            .OrderBy(r => r.DueDate).ThenBy(r => r.Id)
            .Select(r => $"{r.Action.Trim()} ({r.OwnerAgency}, by {EmailWords.Date(r.DueDate)})")
            .ToList();
        values["ActionPlan"] = plan.Count == 0 ? (object)"The panel did not ask any agency to do more." : plan;
        values["AppealBy"] = DueDate(application, Stage.AppealWindow);
        return "outcome";
    }

    private static string AppealDecision(CaseApplication application, Dictionary<string, object> values)
    {
        values["Reason"] = application.Appeal!.DecisionReason ?? string.Empty;
        return application.Appeal.Upheld == true ? "appeal-upheld" : "appeal-not-upheld";
    }

    private static string Closure(CaseApplication application, Dictionary<string, object> values)
    {
        var ended = application.History.Where(h => h.To == application.Status).Select(h => (DateTime?)h.OccurredAt).Max();
        values["ClosedOn"] = EmailWords.Date(WorkingDayCalendar.LondonDate(ended ?? application.ReceivedAt));
        return application.Status == CaseStatus.Withdrawn ? "application-withdrawn" : "case-closed";
    }

    // The stage's latest due date, open or done: a letter printed later still gives the date the notice gave.
    private static string DueDate(CaseApplication application, Stage stage) =>
        application.Deadlines.Where(d => d.Stage == stage).OrderByDescending(d => d.Id).FirstOrDefault() is { } deadline
            ? EmailWords.Date(deadline.DueDate)
            : "soon";

    /// <summary>An address typed on one line ("1 High Street, Redditch") as the lines of an envelope.</summary>
    public static IReadOnlyList<string> Lines(string? address) =>
        string.IsNullOrWhiteSpace(address)
            ? []
            : [.. address.ReplaceLineEndings(",").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
