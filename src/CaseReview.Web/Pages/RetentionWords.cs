using System.Globalization;
using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Retention;

namespace CaseReview.Web.Pages;

/// <summary>
/// The retention schedule in words, from the settings themselves: the administrators' retention page and the privacy
/// notice both quote it, so what residents are told is what the job does.
/// </summary>
public static class RetentionWords
{
    /// <summary>One line of the schedule: what is kept, for how long, and the setting that says so.</summary>
    public sealed record Line(string What, string HowLong, string Setting);

    public static IReadOnlyList<Line> Schedule(RetentionSettings retention, DraftSettings drafts)
    {
        ArgumentNullException.ThrowIfNull(retention);
        ArgumentNullException.ThrowIfNull(drafts);
        return
        [
            new("Unsent answers to the online form", $"{Count(drafts.LifetimeHours, "hour")} after the last change, then deleted", "Drafts:LifetimeHours"),
            new("A closed or withdrawn case (applicant, victim, third party, contact details, the problem and its effect, complaints, reasons, notes, findings, the action plan's wording, emails; documents and photos sent with it are deleted)", $"{Count(retention.ClosedCaseYears, "year")} after it was closed or withdrawn, then anonymised", "Retention:ClosedCaseYears"),
            new("A case closed because the threshold for a review was not met", $"{Count(retention.ThresholdNotMetYears, "year")} after it was closed, then anonymised", "Retention:ThresholdNotMetYears"),
            new("The text of an email we sent (who it went to, what kind of email and when stay with the case)", $"{Count(retention.SentEmailBodyDays, "day")} after it was sent, then removed", "Retention:SentEmailBodyDays"),
            new("The key that stops a resent application being stored twice", $"{Count(retention.IdempotencyRecordDays, "day")}, then deleted", "Retention:IdempotencyRecordDays"),
            new("The internet (IP) address recorded with each view or change of a case", $"{Count(retention.AuditIpAddressMonths, "month")}, then removed (the record of who did what stays)", "Retention:AuditIpAddressMonths"),
            new("Anything else you wrote in the survey when your case closed (the survey is not kept with your case)", $"{Count(retention.SurveyCommentYears, "year")} after the end of the financial year the case closed in, then removed (the counts of answers stay)", "Retention:SurveyCommentYears"),
        ];
    }

    /// <summary>What anonymising a case keeps: enough for the published figures and timeliness, nothing that identifies anyone.</summary>
    public const string WhatStays =
        "We keep the dates, how far the case got, what kind of problem it was, and how it came to us. We keep the first half of the postcode (such as B98), and how many reports and recommendations there were. This is so the figures for past years do not change.";

    private static string Count(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? string.Empty : "s")}");
}
