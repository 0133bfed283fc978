using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Email;

/// <summary>
/// Which emails a change to a case causes. Each becomes an outbox row in the change's own transaction, so an
/// email is queued exactly when its change is stored. Emails carry the reference and a link, never the story.
/// </summary>
public sealed class CaseEmails(
    ICaseReviewDb db, IEmailTemplates templates, IStaffDirectory staff, EmailSettings settings, CouncilDetails council, ThresholdPolicy policy, TimeProvider clock)
{
    public void QueueForSubmission(CaseApplication application)
    {
        var values = Values(application);
        values["ThresholdDecisionDue"] = DueDate(application, Stage.ThresholdDecision);
        values["Channel"] = application.Channel.ToString();
        ToApplicant(application, "acknowledgement", values, DeliveryFollowUp.RecordAcknowledgement);
        ToLeadMailbox(application, "new-application", values);
    }

    public async Task QueueForActionAsync(CaseAction action, CaseApplication application, CancellationToken cancellationToken)
    {
        var values = Values(application);
        switch (action)
        {
            case CaseAction.ThresholdDecision when application.ThresholdMet == true:
                values["ReviewMeetingDue"] = DueDate(application, Stage.ReviewMeeting);
                ToApplicant(application, "threshold-met", values);
                break;
            case CaseAction.ThresholdDecision:
                values["Reasons"] = ThresholdReasons(application);
                values["AppealBy"] = DueDate(application, Stage.AppealWindow);
                ToApplicant(application, "threshold-not-met", values);
                break;
            case CaseAction.ScheduleReview:
                values["MeetingAt"] = EmailWords.DateAndTime(application.MeetingAt!.Value);
                ToApplicant(application, "review-invitation", values);
                await ToPanelAsync(application, values, cancellationToken);
                break;
            case CaseAction.SendOutcome:
                values["Recommendations"] = application.CurrentRecommendations.Count switch
                {
                    0 => "The panel made no recommendations.",
                    1 => "The panel made 1 recommendation, which forms the action plan. The agency given it must have regard to it.",
                    var n => $"The panel made {n} recommendations, which form the action plan. Each agency given one must have regard to it.",
                };
                values["AppealBy"] = DueDate(application, Stage.AppealWindow);
                ToApplicant(application, "outcome", values);
                break;
            case CaseAction.Appeal:
                values["AppealDecisionDue"] = DueDate(application, Stage.AppealDecision);
                ToApplicant(application, "appeal-received", values);
                ToLeadMailbox(application, "appeal-requested", values);
                break;
            case CaseAction.AppealDecision:
                ToApplicant(application, application.AppealUpheld == true ? "appeal-upheld" : "appeal-not-upheld", values);
                break;
            case CaseAction.Withdraw:
                ToApplicant(application, "application-withdrawn", values);
                break;
            case CaseAction.Close:
                // The officer's reason is for the file, not the letter: the applicant is told only that the case is closed.
                ToApplicant(application, "case-closed", values);
                break;
        }
    }

    /// <summary>Queues one email; the template's name says what it is.</summary>
    public void Queue(
        string template, string? caseReference, string recipient, IReadOnlyDictionary<string, object> values, DeliveryFollowUp onDelivery = DeliveryFollowUp.None) =>
        db.OutboxEmails.Add(new OutboxEmail(template, caseReference, recipient, templates.Render(template, values), clock.GetUtcNow().UtcDateTime, onDelivery));

    /// <summary>The values every template may use.</summary>
    public Dictionary<string, object> CommonValues() => new()
    {
        ["CouncilName"] = council.Name,
        ["HowToContactUs"] = string.IsNullOrWhiteSpace(council.Phone) ? "by replying to this email" : $"by replying to this email or calling {council.Phone}",
    };

    public string LeadMailbox => settings.LeadMailbox;

    public string CaseUrl(string reference) => settings.CaseUrl(reference);

    private Dictionary<string, object> Values(CaseApplication application)
    {
        var values = CommonValues();
        values["Reference"] = application.Reference;
        values["ApplicantName"] = application.Applicant.Name;
        values["TrackingUrl"] = settings.TrackingUrl(application.TrackingCode);
        values["CaseUrl"] = settings.CaseUrl(application.Reference);
        return values;
    }

    // Applicants who asked to be contacted by phone or post get no email: the officer contacts them as they asked.
    private void ToApplicant(CaseApplication application, string template, Dictionary<string, object> values, DeliveryFollowUp onDelivery = DeliveryFollowUp.None)
    {
        if (application.Applicant is { PreferredContact: PreferredContact.Email, Email: { Length: > 0 } email })
        {
            Queue(template, application.Reference, email, values, onDelivery);
        }
    }

    private void ToLeadMailbox(CaseApplication application, string template, Dictionary<string, object> values)
    {
        if (!string.IsNullOrWhiteSpace(settings.LeadMailbox))
        {
            Queue(template, application.Reference, settings.LeadMailbox, values);
        }
    }

    private async Task ToPanelAsync(CaseApplication application, Dictionary<string, object> values, CancellationToken cancellationToken)
    {
        var agencies = application.PanelAgencies;
        var mailboxes = await db.Agencies.Where(a => agencies.Contains(a.Name) && a.ContactEmail != null).Select(a => a.ContactEmail!).ToListAsync(cancellationToken);
        var members = await staff.PanelMemberEmailsAsync(agencies, cancellationToken);
        foreach (var address in mailboxes.Concat(members).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Queue("panel-invitation", application.Reference, address, values);
        }
    }

    private static string DueDate(CaseApplication application, Stage stage) =>
        application.OpenDeadline(stage) is { } deadline ? EmailWords.Date(deadline.DueDate) : "soon";

    // The applicant is told the rule applied and why each complaint did or did not count (dates and agencies only).
    private List<string> ThresholdReasons(CaseApplication application)
    {
        var verdict = policy.Evaluate(application.ThresholdInput(WorkingDayCalendar.LondonDate(application.ReceivedAt)));
        return [application.ThresholdReason ?? verdict.Reason, .. verdict.Complaints.Select(c => c.Reason)];
    }
}
