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
using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Letters;
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
    DbSet<LetterTask> LetterTasks { get; }
    DbSet<CaseNote> CaseNotes { get; }
    DbSet<RiskAssessment> RiskAssessments { get; }
    DbSet<CaseDocument> CaseDocuments { get; }
    DbSet<CaseDocumentContent> CaseDocumentContents { get; }
    DbSet<SurveyInvitation> SurveyInvitations { get; }
    DbSet<SurveyResponse> SurveyResponses { get; }

    /// <summary>
    /// Every case's history, read-only, for counting across cases (the statistics) without a join to each case; a
    /// case's own history is read and changed through the case.
    /// </summary>
    IQueryable<StatusChange> StatusHistory { get; }

    /// <summary>
    /// Every case's recommendations, read-only, for counting across cases (the statistics); a case's own action plan is
    /// read and changed through the case. The case is the shadow key <c>ApplicationId</c>.
    /// </summary>
    IQueryable<Recommendation> Recommendations { get; }

    /// <summary>
    /// Every case's information requests to the panel agencies, read-only, for counting across cases (the dashboard)
    /// without a join to each case; a case's own requests are read and changed through the case.
    /// </summary>
    IQueryable<InformationRequest> InformationRequests { get; }

    /// <summary>
    /// The ids of the cases whose search text (<see cref="CaseApplication.SearchText"/>) holds every one of the terms
    /// (in lower case, as <see cref="CaseSearch.Terms"/> gives them), from the database's text index where it has one.
    /// </summary>
    IQueryable<Guid> SearchMatches(IReadOnlyList<string> terms);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
