namespace CaseReview.IntegrationTests.Authorization;

/// <summary>Who opens the staff pages: nobody, the lead body's staff, panel members and a chair of an agency on the case's panel (Police) and not on it (Council), and someone whose account was disabled after they signed in.</summary>
public enum PageCaller { Anonymous, Administrator, CaseOfficer, PanelMemberOnPanel, PanelMemberOffPanel, ChairOnPanel, DisabledAccount }

/// <summary>
/// Every staff Razor page and what each caller gets when they open it. Columns as <see cref="PageCaller"/>:
/// anonymous, Administrator, CaseOfficer, panel member on the panel, panel member not on it, chair on the panel,
/// a disabled account's old cookie. "SignIn" = sent to the sign-in page; 403 = the page says in words that the role
/// may not; 404 = a case the caller may not see (indistinguishable from no case). Adding a page is one row.
/// </summary>
internal static class StaffPageMatrix
{
    public const string SignIn = "SignIn";

    public sealed record Row(string Route, string Expected, Func<StaffPageWorld, string> Url);

    public static readonly IReadOnlyList<Row> Pages =
    [
        new("/staff/dashboard", "SignIn 200 200 403 403 403 SignIn", w => "/staff/dashboard"),
        new("/staff/cases", "SignIn 200 200 200 200 200 SignIn", w => "/staff/cases"),
        new("/staff/cases/{reference}", "SignIn 200 200 200 404 200 SignIn", w => $"/staff/cases/{w.SharedCase}"),
        new("/staff/cases/{reference}/withdraw", "SignIn 200 200 403 404 403 SignIn", w => $"/staff/cases/{w.SharedCase}/withdraw"),
        new("/staff/cases/{reference}/links", "SignIn 200 200 403 404 403 SignIn", w => $"/staff/cases/{w.SharedCase}/links"),
        new("/staff/emails", "SignIn 200 403 403 403 403 SignIn", w => "/staff/emails"),
        new("/staff/audit", "SignIn 200 403 403 403 403 SignIn", w => "/staff/audit"),
        new("/staff/reports", "SignIn 200 200 403 403 403 SignIn", w => "/staff/reports"),
        new("/staff/accounts", "SignIn 200 403 403 403 403 SignIn", w => "/staff/accounts"),
        new("/staff/accounts/new", "SignIn 200 403 403 403 403 SignIn", w => "/staff/accounts/new"),
        new("/staff/accounts/{id}", "SignIn 200 403 403 403 403 SignIn", w => $"/staff/accounts/{w.SharedAccount}"),
        new("/staff/agencies", "SignIn 200 403 403 403 403 SignIn", w => "/staff/agencies"),
        new("/staff/agencies/new", "SignIn 200 403 403 403 403 SignIn", w => "/staff/agencies/new"),
        new("/staff/agencies/{id:int}", "SignIn 200 403 403 403 403 SignIn", w => "/staff/agencies/2"),
    ];

    /// <summary>Pages open to everyone by design: signing in and out.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string> { "/staff/sign-in", "/staff/sign-out" };
}
