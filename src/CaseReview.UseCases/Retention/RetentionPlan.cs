namespace CaseReview.UseCases.Retention;

/// <summary>
/// Everything one run of the retention schedule will change, found once by <see cref="RetentionPlanner"/>: a dry run
/// reports it, a run applies exactly it.
/// </summary>
/// <param name="AsOf">The moment the schedule is applied at (UTC).</param>
/// <param name="Cases">Cases to anonymise, with their ids.</param>
/// <param name="HeldByRestriction">Cases past their date that are kept because their processing is restricted (Article 18).</param>
/// <param name="EmailBodies">Sent emails whose text goes.</param>
/// <param name="DraftIds">Expired drafts to delete (their ids are secrets: never reported).</param>
/// <param name="IdempotencyKeys">Old idempotency records to delete (client-chosen keys: never reported).</param>
/// <param name="AuditIpAddressesBefore">Audit entries before this moment lose their IP address.</param>
/// <param name="AuditIpAddresses">How many audit entries that is.</param>
/// <param name="SurveyCommentsBefore">Survey answers of cases closed in a financial year starting before this year lose their comments.</param>
/// <param name="SurveyComments">How many answers that is.</param>
public sealed record RetentionPlan(
    DateTime AsOf,
    IReadOnlyList<(Guid Id, CaseToAnonymise Case)> Cases,
    IReadOnlyList<CaseHeldByRestriction> HeldByRestriction,
    IReadOnlyList<long> EmailBodies,
    IReadOnlyList<string> DraftIds,
    IReadOnlyList<string> IdempotencyKeys,
    DateTime AuditIpAddressesBefore,
    int AuditIpAddresses,
    int SurveyCommentsBefore,
    int SurveyComments)
{
    /// <summary>The plan as reported to an administrator and the audit trail.</summary>
    public RetentionReport Report(bool dryRun) =>
        new(dryRun, AsOf, [.. Cases.Select(c => c.Case)], HeldByRestriction, EmailBodies, DraftIds.Count, IdempotencyKeys.Count, AuditIpAddresses, SurveyComments);
}
