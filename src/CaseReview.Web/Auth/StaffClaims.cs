namespace CaseReview.Web.Auth;

public static class StaffClaims
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Role = "role";
    public const string Agency = "agency";

    /// <summary>The account's security stamp when the token was issued; a token whose stamp is out of date is refused.</summary>
    public const string SecurityStamp = "stamp";
}
