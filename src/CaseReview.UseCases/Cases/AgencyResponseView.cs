namespace CaseReview.UseCases.Cases;

public sealed record AgencyResponseView(string Agency, string Knew, string Did, string RecordedBy, DateTime RecordedAt, DateTime? ReplacedAt);
