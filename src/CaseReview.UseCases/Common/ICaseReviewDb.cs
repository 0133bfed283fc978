using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.UseCases.Common;

/// <summary>The data the use cases work on; implemented by the EF Core context in Infrastructure.</summary>
public interface ICaseReviewDb
{
    DbSet<CaseApplication> Applications { get; }
    DbSet<StageDeadline> StageDeadlines { get; }
    DbSet<Agency> Agencies { get; }
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<IdempotencyRecord> IdempotencyRecords { get; }
    DbSet<OutboxEmail> OutboxEmails { get; }
    DbSet<SentReminder> SentReminders { get; }
    DbSet<ApplicationDraft> ApplicationDrafts { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Runs a command inside one database transaction (and, on SQLite, one writer at a time).</summary>
public interface IUnitOfWork
{
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}

/// <summary>Hands out case references (CR-2026-000042) from a per-year counter.</summary>
public interface IReferenceGenerator
{
    Task<string> NextAsync(int year, CancellationToken cancellationToken);
}

/// <summary>Remembers which application an <c>Idempotency-Key</c> created, so a retried submission returns it.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord() { Key = string.Empty; RequestHash = string.Empty; }

    public IdempotencyRecord(string key, string requestHash, Guid applicationId, DateTime createdAtUtc)
    {
        Key = key;
        RequestHash = requestHash;
        ApplicationId = applicationId;
        CreatedAt = createdAtUtc;
    }

    public string Key { get; private set; }
    public string RequestHash { get; private set; }
    public Guid ApplicationId { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
