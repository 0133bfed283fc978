namespace CaseReview.Web.Auth;

public static class StaffClaims
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Role = "role";

    /// <summary>
    /// The id of the agency a panel member or chair represents (an id, so renaming the agency changes nothing; a
    /// token from before agencies had ids has none, and its holder signs in again to see their panels).
    /// </summary>
    public const string AgencyId = "agency_id";

    /// <summary>The account's security stamp when the token was issued; a token whose stamp is out of date is refused.</summary>
    public const string SecurityStamp = "stamp";
}
