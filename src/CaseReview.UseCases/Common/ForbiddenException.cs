namespace CaseReview.UseCases.Common;

/// <summary>The caller is signed in but their role does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
