namespace CaseReview.UseCases.Statistics;

public sealed record CountRow(string Key, int Count);
