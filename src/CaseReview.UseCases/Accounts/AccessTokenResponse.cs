namespace CaseReview.UseCases.Accounts;

public sealed record AccessTokenResponse(string AccessToken, string TokenType, int ExpiresIn);
