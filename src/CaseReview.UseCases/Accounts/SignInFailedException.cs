namespace CaseReview.UseCases.Accounts;

/// <summary>The email or password was not accepted.</summary>
public sealed class SignInFailedException() : Exception("The email address or password is incorrect, or the account is locked. Try again later.");
