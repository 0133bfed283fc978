namespace CaseReview.UseCases.Email;

/// <summary>An email ready to send: subject, plain text and HTML.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);
