using CaseReview.Domain.Applications;
using CaseReview.Domain.Workflow;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Email;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// Works out what the retention schedule (<see cref="RetentionSettings"/>) removes at a given moment. The one source of
/// both the dry run's list and the run's changes, so the two cannot differ.
/// </summary>
public sealed class RetentionPlanner(ICaseReviewDb db, RetentionSettings settings)
{
    /// <summary>The most sent emails whose text one run removes; the rest wait for the next run.</summary>
    public const int EmailBatchSize = 1000;

    public async Task<RetentionPlan> PlanAsync(DateTime asOf, CancellationToken cancellationToken)
    {
        var closedBefore = asOf.AddYears(-settings.ClosedCaseYears);
        var notMetBefore = asOf.AddYears(-settings.ThresholdNotMetYears);
        var latest = closedBefore > notMetBefore ? closedBefore : notMetBefore;

        // The moment a case ended is its transition into its final status (From differs from To).
        var ended = await db.Applications.AsNoTracking()
            .Where(a => (a.Status == CaseStatus.Closed || a.Status == CaseStatus.Withdrawn) && a.AnonymisedAt == null)
            .Select(a => new
            {
                a.Id,
                a.Reference,
                a.Status,
                NotMet = a.ThresholdDecision != null && a.ThresholdDecision.Met == false,
                a.RestrictedAt,
                a.RestrictionGround,
                EndedAt = a.History.Where(h => h.To == a.Status && h.From != a.Status).Max(h => (DateTime?)h.OccurredAt),
            })
            .Where(a => a.EndedAt < latest)
            .ToListAsync(cancellationToken);

        var pastDate = ended
            .Select(a => (a.Id, a.Reference, a.Status, EndedAt: a.EndedAt!.Value, Rule: a.NotMet ? nameof(RetentionSettings.ThresholdNotMetYears) : nameof(RetentionSettings.ClosedCaseYears),
                Years: a.NotMet ? settings.ThresholdNotMetYears : settings.ClosedCaseYears, a.RestrictedAt, a.RestrictionGround))
            .Where(a => a.EndedAt < asOf.AddYears(-a.Years))
            .OrderBy(a => a.EndedAt).ThenBy(a => a.Reference, StringComparer.Ordinal)
            .ToList();

        // Article 18(1)(c): a restricted case is held as it is (for legal claims, say), past its date, until the restriction is lifted.
        var held = pastDate.Where(a => a.RestrictedAt is not null)
            .Select(a => new CaseHeldByRestriction(a.Reference, a.Status, DateOnly.FromDateTime(a.EndedAt.AddYears(a.Years)),
                RestrictionGrounds.Name(a.RestrictionGround!.Value), DateOnly.FromDateTime(a.RestrictedAt!.Value)))
            .ToList();
        var due = pastDate.Where(a => a.RestrictedAt is null).Take(settings.BatchSize).ToList();

        var references = due.Select(a => a.Reference).ToList();
        var emailsPerCase = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.CaseReference != null && references.Contains(e.CaseReference))
            .GroupBy(e => e.CaseReference!)
            .Select(g => new { Reference = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Reference, g => g.Count, cancellationToken);

        var ids = due.Select(a => a.Id).ToList();
        var documentsPerCase = await db.CaseDocuments.AsNoTracking()
            .Where(d => ids.Contains(d.ApplicationId))
            .GroupBy(d => d.ApplicationId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);

        var cases = due.Select(a => (a.Id, new CaseToAnonymise(
            a.Reference, a.Status, DateOnly.FromDateTime(a.EndedAt), a.Rule, DateOnly.FromDateTime(a.EndedAt.AddYears(a.Years)),
            emailsPerCase.GetValueOrDefault(a.Reference), documentsPerCase.GetValueOrDefault(a.Id)))).ToList();

        var sentBefore = asOf.AddDays(-settings.SentEmailBodyDays);
        var emailBodies = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.Status == OutboxStatus.Sent && e.SentAt < sentBefore && e.TextBody != OutboxEmail.BodyRemoved
                && e.Template != PasswordLinks.InvitationTemplate && e.Template != PasswordLinks.PasswordResetTemplate
                && (e.CaseReference == null || !db.Applications.Any(a => a.Reference == e.CaseReference && a.RestrictedAt != null)))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(EmailBatchSize)
            .ToListAsync(cancellationToken);

        var drafts = await db.ApplicationDrafts.AsNoTracking().Where(d => d.ExpiresAt <= asOf).Select(d => d.Id).ToListAsync(cancellationToken);
        var rememberedBefore = asOf.AddDays(-settings.IdempotencyRecordDays);
        var keys = await db.IdempotencyRecords.AsNoTracking().Where(r => r.CreatedAt < rememberedBefore).Select(r => r.Key).ToListAsync(cancellationToken);
        // Entries this old never grow in number (new ones are newer), so the count is what the run then changes.
        var addressesBefore = asOf.AddMonths(-settings.AuditIpAddressMonths);
        var addresses = await db.AuditEntries.CountAsync(e => e.OccurredAt < addressesBefore && e.IpAddress != null, cancellationToken);
        // Survey comments go by the financial year the case closed in (all an answer knows of when it was given).
        var commentsBefore = Statistics.FinancialYear.Of(Domain.Calendar.WorkingDayCalendar.LondonDate(asOf)).StartYear - settings.SurveyCommentYears;
        var comments = await db.SurveyResponses.CountAsync(r => r.FinancialYear < commentsBefore && r.Comments != null, cancellationToken);
        return new RetentionPlan(
            asOf, cases, held, emailBodies, [.. drafts.Order(StringComparer.Ordinal)], [.. keys.Order(StringComparer.Ordinal)], addressesBefore, addresses, commentsBefore, comments);
    }
}
