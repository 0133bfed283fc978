namespace CaseReview.UseCases.Accounts;

/// <summary>Issues bearer tokens for the JSON API.</summary>
public interface IAccessTokenIssuer
{
    AccessTokenResponse Issue(StaffIdentity identity);
}
