using CaseReview.Domain.Agencies;
using CaseReview.Domain.Applications;
using CaseReview.Domain.Audit;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Documents;
using CaseReview.Domain.Notes;
using CaseReview.Domain.Review;
using CaseReview.Domain.Risk;
using CaseReview.Domain.Survey;
using CaseReview.Domain.Workflow;
using CaseReview.Infrastructure.Identity;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Letters;
using CaseReview.UseCases.Reminders;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CaseReview.Infrastructure.Persistence;

/// <summary>
/// The one database: cases, reference data, the audit trail and the Identity stores. Each provider has a
/// subclass so that its migrations live apart (see <c>Migrations/Sqlite</c>, <c>Migrations/SqlServer</c> and
/// <c>Migrations/PostgreSql</c>).
/// </summary>
public abstract class CaseReviewDbContext(DbContextOptions options, IWriteGate writeGate)
    : IdentityDbContext<StaffUser>(options), ICaseReviewDb
{
    public DbSet<CaseApplication> Applications => Set<CaseApplication>();
    public IQueryable<StatusChange> StatusHistory => Set<StatusChange>().AsNoTracking();
    public IQueryable<Recommendation> Recommendations => Set<Recommendation>().AsNoTracking();
    public IQueryable<InformationRequest> InformationRequests => Set<InformationRequest>().AsNoTracking();
    public DbSet<StageDeadline> StageDeadlines => Set<StageDeadline>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ApplicationDraft> ApplicationDrafts => Set<ApplicationDraft>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<LetterTask> LetterTasks => Set<LetterTask>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<RiskAssessment> RiskAssessments => Set<RiskAssessment>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<CaseDocumentContent> CaseDocumentContents => Set<CaseDocumentContent>();
    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    /// <summary>
    /// On SQLite from its trigram index (<see cref="SqliteSearchIndex"/>); on PostgreSQL each term is a <c>LIKE</c>,
    /// which its trigram index serves; SQL Server reads every text.
    /// </summary>
    public IQueryable<Guid> SearchMatches(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (Database.IsSqlite())
        {
            return SqliteSearchIndex.Matches(Database, terms);
        }

        var matching = Applications.AsNoTracking();
        foreach (var term in terms)
        {
            matching = Database.IsNpgsql()
                ? matching.Where(c => EF.Functions.Like(c.SearchText!, "%" + EscapeLike(term) + "%", @"\"))
                : matching.Where(c => c.SearchText!.Contains(term));
        }

        return matching.Select(c => c.Id);
    }

    private static string EscapeLike(string term) =>
        term.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CaseReviewDbContext).Assembly);

        // Agency names do not depend on capitals anywhere in the product, so neither does their unique index or a lookup by name.
        var agencyName = builder.Entity<Agency>().Property(a => a.Name);
        if (Database.IsSqlite())
        {
            agencyName.UseCollation("NOCASE");
        }
        else if (Database.IsSqlServer())
        {
            agencyName.UseCollation("Latin1_General_100_CI_AS");
        }
        else if (Database.IsNpgsql())
        {
            // An ICU collation that compares letters without their case (level 2: accents still count, as in the others).
            builder.HasCollation(IgnoreCaseCollation, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
            agencyName.UseCollation(IgnoreCaseCollation);
        }

        if (Database.IsNpgsql())
        {
            // The search box's terms are found anywhere in a case's search text: a trigram index serves LIKE '%term%'.
            builder.HasPostgresExtension("pg_trgm");
            builder.Entity<CaseApplication>().HasIndex(a => a.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("IX_Applications_SearchText_Trigrams");
        }
    }

    private const string IgnoreCaseCollation = "ignore_case";

    protected override void ConfigureConventions(ModelConfigurationBuilder builder) => ModelConventions.Apply(builder);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Looking for audit edits detects the changes of every tracked entity; the save that follows need not detect
        // them all again (nothing changes in between), which it would do inside the transaction, behind the write gate.
        RefuseAuditEdits();
        var detectChanges = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (Database.CurrentTransaction is not null)
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            using var turn = await writeGate.EnterAsync(cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: writes go through the write gate.");

    // The audit trail is append-only: nothing in the product may change or remove a line of it.
    private void RefuseAuditEdits()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }
    }
}
