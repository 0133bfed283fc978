using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Common;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// One run of the retention schedule, for the background job and for administrators: the planner finds what is due,
/// and (unless it is a dry run) exactly that is changed, in the caller's unit of work. Each run, dry or not, is one
/// line in the audit trail with its counts; each anonymised case gets its own line.
/// </summary>
public sealed class RetentionRun(ICaseReviewDb db, RetentionPlanner planner, DeadlinePlanner deadlines, TimeProvider clock)
{
    public const string RunAuditAction = "retention.run";
    public const string DryRunAuditAction = "retention.dry-run";
    public const string CaseAuditAction = "case.anonymised";
    public const string DocumentDeletedAuditAction = Documents.DeleteCaseDocumentHandler.AuditAction;

    public async Task<RetentionReport> RunAsync(bool dryRun, Actor actor, string? ipAddress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = await planner.PlanAsync(now, cancellationToken);
        var report = plan.Report(dryRun);
        if (!dryRun)
        {
            await ApplyAsync(plan, actor, ipAddress, cancellationToken);
        }

        db.AuditEntries.Add(new AuditEntry(now, actor.Id, actor.DisplayName, dryRun ? DryRunAuditAction : RunAuditAction, null, report.Counts, ipAddress));
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>
    /// The one way a case loses its personal data, for the schedule and for an erasure on request: the aggregate's
    /// rule (its corrections' old values among it), then its notes and contacts, its risk assessments' answers and
    /// reasons, its documents (deleted, bytes and all, each deletion audited), the letters and calls still to do, and its
    /// emails' text and the applicant's address in them. The caller saves, in its transaction.
    /// </summary>
    public async Task AnonymiseAsync(CaseApplication application, string why, ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        var applicantEmail = application.Applicant.Email;
        application.Anonymise(why, context);
        foreach (var note in await db.CaseNotes.Where(n => n.ApplicationId == application.Id).ToListAsync(cancellationToken))
        {
            note.Anonymise();
        }

        foreach (var assessment in await db.RiskAssessments.Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken))
        {
            assessment.Anonymise();
        }

        await DeleteDocumentsAsync(application, context, cancellationToken);

        // A letter still to post or a call still to make would now be made from anonymised details: nobody to send it to.
        await db.LetterTasks.Where(t => t.CaseReference == application.Reference && t.DoneAt == null).ExecuteDeleteAsync(cancellationToken);

        foreach (var email in await db.OutboxEmails.Where(e => e.CaseReference == application.Reference).ToListAsync(cancellationToken))
        {
            email.RemoveBody();
            email.RemoveRecipient(applicantEmail);
        }
    }

    /// <summary>Photos, diaries and letters are personal data through and through: nothing of them is kept, only the audit lines.</summary>
    private async Task DeleteDocumentsAsync(CaseApplication application, ActionContext context, CancellationToken cancellationToken)
    {
        var documents = await db.CaseDocuments.Where(d => d.ApplicationId == application.Id).Select(d => d.Id).ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return;
        }

        await db.CaseDocumentContents.Where(c => documents.Contains(c.DocumentId)).ExecuteDeleteAsync(cancellationToken);
        await db.CaseDocuments.Where(d => d.ApplicationId == application.Id).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in documents)
        {
            db.AuditEntries.Add(new AuditEntry(context.UtcNow, context.Actor.Id, context.Actor.DisplayName, DocumentDeletedAuditAction, application.Reference,
                $"document={id} reason=anonymised", null));
        }
    }

    private async Task ApplyAsync(RetentionPlan plan, Actor actor, string? ipAddress, CancellationToken cancellationToken)
    {
        var context = new ActionContext(actor, plan.AsOf, deadlines);
        foreach (var (id, due) in plan.Cases)
        {
            var application = await CaseAccess.WholeCase(db.Applications).FirstAsync(a => a.Id == id, cancellationToken);
            await AnonymiseAsync(application, $"Personal data removed under the retention schedule (Retention:{due.Rule})", context, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(plan.AsOf, actor.Id, actor.DisplayName, CaseAuditAction, due.Reference, $"Retention:{due.Rule}", ipAddress));
        }

        var emailIds = plan.EmailBodies.ToList();
        foreach (var email in await db.OutboxEmails.Where(e => emailIds.Contains(e.Id)).ToListAsync(cancellationToken))
        {
            email.RemoveBody();
        }

        await db.SaveChangesAsync(cancellationToken);
        var draftIds = plan.DraftIds.ToList();
        var keys = plan.IdempotencyKeys.ToList();
        await db.ApplicationDrafts.Where(d => draftIds.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        await db.IdempotencyRecords.Where(r => keys.Contains(r.Key)).ExecuteDeleteAsync(cancellationToken);
        await db.SurveyResponses.Where(r => r.FinancialYear < plan.SurveyCommentsBefore && r.Comments != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Comments, (string?)null), cancellationToken);
        // The one change the audit trail allows (its database triggers refuse any other): forgetting an old IP address.
        await db.AuditEntries.Where(e => e.OccurredAt < plan.AuditIpAddressesBefore && e.IpAddress != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.IpAddress, (string?)null), cancellationToken);
    }
}
