namespace CaseReview.UseCases.Cases;

public sealed record CaseLinkView(string Reference, string Reason, string LinkedBy, DateTime LinkedAt);
