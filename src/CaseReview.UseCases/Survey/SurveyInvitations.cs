using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Calendar;
using CaseReview.Domain.Survey;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Survey;

/// <summary>
/// The invitation to the satisfaction survey, issued once when a case closes (staff close it, an appeal is not upheld,
/// or a case whose threshold was not met closes at the end of its appeal window; not when it is withdrawn), and the
/// words that carry it in the closure email and letter.
/// </summary>
public sealed class SurveyInvitations(ICaseReviewDb db, SurveySettings settings, EmailSettings email, TimeProvider clock)
{
    /// <summary>Issues the case's invitation in the closing transaction (once: a second call gives the first) and audits it.</summary>
    public async Task<SurveyLink> IssueAsync(CaseApplication application, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = db.SurveyInvitations.Local.FirstOrDefault(i => i.CaseId == application.Id)
            ?? await db.SurveyInvitations.FirstOrDefaultAsync(i => i.CaseId == application.Id, cancellationToken);
        if (existing is not null)
        {
            return Link(application, existing);
        }

        var closedOn = WorkingDayCalendar.LondonDate(now);
        var closesOn = closedOn.AddDays(settings.ResponseDays);
        var invitation = new SurveyInvitation(
            application.Id,
            SurveyCodes.Hash(SurveyCodes.For(application.TrackingCode)),
            FinancialYear.Of(closedOn).StartYear,
            LondonMidnightUtc(closesOn.AddDays(1)));
        db.SurveyInvitations.Add(invitation);
        db.AuditEntries.Add(new AuditEntry(now, Actor.System.Id, Actor.System.DisplayName, "survey.invited", application.Reference, $"closes={closesOn:yyyy-MM-dd}", null));
        return Link(application, invitation);
    }

    /// <summary>The case's survey address and last day, for a letter printed now; null when the case was never invited.</summary>
    public async Task<SurveyLink?> FindAsync(CaseApplication application, CancellationToken cancellationToken) =>
        await db.SurveyInvitations.AsNoTracking().FirstOrDefaultAsync(i => i.CaseId == application.Id, cancellationToken) is { } invitation
            ? Link(application, invitation)
            : null;

    private SurveyLink Link(CaseApplication application, SurveyInvitation invitation) => new(
        email.SurveyUrl(SurveyCodes.Display(SurveyCodes.For(application.TrackingCode))),
        EmailWords.Date(LastDay(invitation)));

    /// <summary>The last London day on which the survey may be answered.</summary>
    public static DateOnly LastDay(SurveyInvitation invitation) => WorkingDayCalendar.LondonDate(invitation.ExpiresAt.AddTicks(-1));

    private static DateTime LondonMidnightUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), WorkingDayCalendar.London);
}
