using System.Text.Json.Serialization;

namespace CaseReview.UseCases.Retention;

/// <summary>
/// What one run of the retention schedule changed or, for a dry run, would change. A dry run and the run after it
/// (with nothing else happening between) answer the same lists: both come from one <see cref="RetentionPlanner"/>.
/// </summary>
/// <param name="DryRun">True when nothing was changed.</param>
/// <param name="AsOf">The moment the schedule was applied at (UTC).</param>
/// <param name="Cases">Cases whose personal data is replaced (and whose documents are deleted), oldest ending first.</param>
/// <param name="HeldByRestriction">Cases past their date that are not anonymised because their processing is restricted (UK GDPR Article 18(1)(c)).</param>
/// <param name="EmailBodies">Ids of sent emails whose text is removed (<c>Retention:SentEmailBodyDays</c>).</param>
/// <param name="ExpiredDrafts">Unsent online forms past their expiry, deleted.</param>
/// <param name="IdempotencyRecords">Remembered <c>Idempotency-Key</c>s older than <c>Retention:IdempotencyRecordDays</c>, deleted.</param>
/// <param name="AuditIpAddresses">Audit entries older than <c>Retention:AuditIpAddressMonths</c> whose IP address is forgotten.</param>
/// <param name="SurveyComments">Satisfaction survey answers whose comments are removed (<c>Retention:SurveyCommentYears</c>).</param>
public sealed record RetentionReport(
    bool DryRun,
    DateTime AsOf,
    IReadOnlyList<CaseToAnonymise> Cases,
    IReadOnlyList<CaseHeldByRestriction> HeldByRestriction,
    IReadOnlyList<long> EmailBodies,
    int ExpiredDrafts,
    int IdempotencyRecords,
    int AuditIpAddresses,
    int SurveyComments)
{
    /// <summary>The counts, for the audit trail and the log: never a name or a reference.</summary>
    [JsonIgnore]
    public string Counts =>
        $"cases {Cases.Count}, held by restriction {HeldByRestriction.Count}, documents {Cases.Sum(c => c.Documents)}, email bodies {EmailBodies.Count}, expired drafts {ExpiredDrafts}, idempotency records {IdempotencyRecords}, audit IP addresses {AuditIpAddresses}, survey comments {SurveyComments}";

    /// <summary>True when the run had nothing to do.</summary>
    [JsonIgnore]
    public bool IsEmpty => Cases.Count == 0 && EmailBodies.Count == 0 && ExpiredDrafts == 0 && IdempotencyRecords == 0 && AuditIpAddresses == 0 && SurveyComments == 0;
}
