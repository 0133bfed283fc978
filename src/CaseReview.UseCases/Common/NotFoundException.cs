namespace CaseReview.UseCases.Common;

/// <summary>Nothing by that name exists, or the caller is not entitled to know that it does.</summary>
public sealed class NotFoundException(string message) : Exception(message);
