using CaseReview.Domain.Applications;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Letters;
using CaseReview.UseCases.Survey;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseReview.UseCases.Email;

/// <summary>
/// Which emails a change to a case causes. Each becomes an outbox row in the change's own transaction, so an
/// email is queued exactly when its change is stored. Emails carry the reference and a link, never the story.
/// </summary>
public sealed class CaseEmails(
    ICaseReviewDb db, IEmailTemplates templates, IStaffDirectory staff, EmailSettings settings, CouncilDetails council, ThresholdPolicy policy, TimeProvider clock,
    SurveyInvitations survey, ILogger<CaseEmails> logger)
{
    public async Task QueueForSubmissionAsync(CaseApplication application, CancellationToken cancellationToken)
    {
        var values = Values(application);
        values["ThresholdDecisionDue"] = DueDate(application, Stage.ThresholdDecision);
        values["Channel"] = application.Channel.ToString();
        await ToApplicantAsync(application, "acknowledgement", values, cancellationToken, DeliveryFollowUp.RecordAcknowledgement);
        ToLeadMailbox(application, "new-application", values);
    }

    public async Task QueueForActionAsync(CaseAction action, CaseApplication application, CancellationToken cancellationToken)
    {
        var values = Values(application);
        switch (action)
        {
            case CaseAction.ThresholdDecision when application.ThresholdDecision?.Met == true:
                values["ReviewMeetingDue"] = DueDate(application, Stage.ReviewMeeting);
                await ToApplicantAsync(application, "threshold-met", values, cancellationToken);
                break;
            case CaseAction.ThresholdDecision:
                values["Reasons"] = ThresholdReasons(application);
                values["AppealBy"] = DueDate(application, Stage.AppealWindow);
                await ToApplicantAsync(application, "threshold-not-met", values, cancellationToken);
                break;
            case CaseAction.ScheduleReview:
                values["MeetingAt"] = EmailWords.DateAndTime(application.Meeting.At!.Value);
                await ToApplicantAsync(application, "review-invitation", values, cancellationToken);
                await ToPanelAsync(application, values, cancellationToken);
                break;
            case CaseAction.SendOutcome:
                values["Recommendations"] = application.CurrentRecommendations.Count switch
                {
                    0 => "The panel made no recommendations.",
                    1 => "The panel made 1 recommendation, which forms the action plan. The agency given it must have regard to it.",
                    var n => $"The panel made {n} recommendations, which form the action plan. Each agency given one must have regard to it.",
                };
                // The panel's words for the applicant, as the tracking page shows them with the action plan.
                values["Summary"] = application.ApplicantSummary ?? "Your case officer will tell you what the panel found.";
                values["AppealBy"] = DueDate(application, Stage.AppealWindow);
                await ToApplicantAsync(application, "outcome", values, cancellationToken);
                break;
            case CaseAction.Appeal:
                values["AppealDecisionDue"] = DueDate(application, Stage.AppealDecision);
                await ToApplicantAsync(application, "appeal-received", values, cancellationToken);
                ToLeadMailbox(application, "appeal-requested", values);
                break;
            case CaseAction.AppealDecision when application.Status == CaseStatus.Closed:
                // Not upheld: the case is closed, so the applicant is asked what they thought of it.
                await AddSurveyAsync(application, values, cancellationToken);
                await ToApplicantAsync(application, "appeal-not-upheld", values, cancellationToken);
                break;
            case CaseAction.AppealDecision:
                await ToApplicantAsync(application, application.Appeal?.Upheld == true ? "appeal-upheld" : "appeal-not-upheld", values, cancellationToken);
                break;
            case CaseAction.Withdraw:
                await ToApplicantAsync(application, "application-withdrawn", values, cancellationToken);
                break;
            case CaseAction.Close:
                // The officer's reason is for the file, not the letter: the applicant is told only that the case is closed.
                await AddSurveyAsync(application, values, cancellationToken);
                await ToApplicantAsync(application, "case-closed", values, cancellationToken);
                break;
        }
    }

    /// <summary>
    /// Processing of the case was restricted, or the restriction lifted (UK GDPR Articles 18(3) and 19): the applicant is
    /// told in plain words. These two are the only emails a restricted case sends.
    /// </summary>
    public async Task QueueRestrictionAsync(CaseApplication application, CancellationToken cancellationToken) =>
        await ToApplicantAsync(application, application.IsRestricted ? ProcessingRestrictedTemplate : RestrictionLiftedTemplate, Values(application), cancellationToken);

    public const string ProcessingRestrictedTemplate = "processing-restricted";

    public const string RestrictionLiftedTemplate = "restriction-lifted";

    /// <summary>
    /// The applicant changed their contact details (on the tracking page): the old address and the new one are each told,
    /// whatever way of contact they prefer, so that a change they did not make does not go unnoticed. The email names what
    /// changed, never the new details.
    /// </summary>
    public async Task QueueContactChangedAsync(CaseApplication application, Applicant before, CancellationToken cancellationToken)
    {
        var values = Values(application);
        values["Changes"] = CaseApplication.ContactChanges(before, application.Applicant).ToList();
        values["HowWeContactYou"] = application.Applicant.PreferredContact switch
        {
            PreferredContact.Email => "by email",
            PreferredContact.Phone => "by phone",
            _ => "by post",
        };
        var addresses = new[] { before.Email, application.Applicant.Email }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var address in addresses)
        {
            await ToAddressAsync(application, address, "contact-details-changed", values, DeliveryFollowUp.None, cancellationToken);
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
        values["ApplicantName"] = EmailWords.Greeting(application.Applicant.Name);
        values["TrackingUrl"] = settings.TrackingUrl(application.TrackingCode);
        values["CaseUrl"] = settings.CaseUrl(application.Reference);
        return values;
    }

    // Applicants who asked to be contacted by phone or post get no email: the officer contacts them as they asked, and
    // the letter (or the call) joins the officers' list of letters to send in the same transaction.
    // Anyone may apply with any address, so one address gets at most Email:ApplicantEmailsPerRecipientPerDay emails
    // a day: a script cannot turn the council's mail server on a stranger's inbox.
    private async Task ToApplicantAsync(
        CaseApplication application, string template, Dictionary<string, object> values, CancellationToken cancellationToken, DeliveryFollowUp onDelivery = DeliveryFollowUp.None)
    {
        if (application.Applicant.PreferredContact is PreferredContact.Post or PreferredContact.Phone && LetterNotices.ForEmailTemplate(template) is { } notice)
        {
            var delivery = application.Applicant.PreferredContact == PreferredContact.Post ? LetterDelivery.Post : LetterDelivery.Phone;
            db.LetterTasks.Add(new LetterTask(application.Reference, notice, delivery, clock.GetUtcNow().UtcDateTime));
            return;
        }

        if (application.Applicant is not { PreferredContact: PreferredContact.Email, Email: { Length: > 0 } email })
        {
            return;
        }

        await ToAddressAsync(application, email, template, values, onDelivery, cancellationToken);
    }

    private async Task ToAddressAsync(
        CaseApplication application, string email, string template, Dictionary<string, object> values, DeliveryFollowUp onDelivery, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var address = OutboxEmail.KeyOf(email);
        var sentToday = await db.OutboxEmails.CountAsync(e => e.RecipientKey == address && e.CreatedAt > since, cancellationToken);
        if (sentToday >= settings.ApplicantEmailsPerRecipientPerDay)
        {
            logger.LogWarning("Did not queue the {Template} email of {Reference}: its address has had {Count} emails in the last day", template, application.Reference, sentToday);
            return;
        }

        Queue(template, application.Reference, email, values, onDelivery);
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
        // Each agency is told when its own chronology and response are due (one added later may have less time).
        var sent = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var agency in application.PanelAgencyIds)
        {
            var mailboxes = await db.Agencies.Where(a => a.Id == agency && a.ContactEmail != null).Select(a => a.ContactEmail!).ToListAsync(cancellationToken);
            var members = await staff.PanelMemberEmailsAsync([agency], cancellationToken);
            var agencyValues = new Dictionary<string, object>(values)
            {
                ["InformationDue"] = application.CurrentInformationRequests.FirstOrDefault(r => r.AgencyId == agency) is { } request
                    ? EmailWords.Date(request.DueDate)
                    : "before the meeting",
            };
            foreach (var address in mailboxes.Concat(members).Where(sent.Add))
            {
                Queue("panel-invitation", application.Reference, address, agencyValues);
            }
        }
    }

    // Issued whatever way the applicant is contacted: a letter printed for them carries the same address.
    private async Task AddSurveyAsync(CaseApplication application, Dictionary<string, object> values, CancellationToken cancellationToken)
    {
        var link = await survey.IssueAsync(application, cancellationToken);
        values["SurveyUrl"] = link.Url;
        values["SurveyClosesOn"] = link.ClosesOn;
    }

    private static string DueDate(CaseApplication application, Stage stage) =>
        application.OpenDeadline(stage) is { } deadline ? EmailWords.Date(deadline.DueDate) : "soon";

    // The applicant is told the rule applied and why each complaint did or did not count (dates and agencies only).
    private List<string> ThresholdReasons(CaseApplication application)
    {
        var verdict = policy.Evaluate(application.ThresholdInput(WorkingDayCalendar.LondonDate(application.ReceivedAt)));
        return [application.ThresholdDecision?.Reason ?? verdict.Reason, .. verdict.Complaints.Select(c => c.Reason)];
    }
}
