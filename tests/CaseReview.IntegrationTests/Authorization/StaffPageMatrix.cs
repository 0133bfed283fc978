namespace CaseReview.IntegrationTests.Authorization;

/// <summary>Who opens the staff pages: nobody, the lead body's staff, panel members and a chair of an agency on the case's panel (Police) and not on it (Council), someone whose account was disabled after they signed in, and an appeal reviewer.</summary>
public enum PageCaller { Anonymous, Administrator, CaseOfficer, PanelMemberOnPanel, PanelMemberOffPanel, ChairOnPanel, DisabledAccount, AppealReviewer }

/// <summary>
/// Every staff Razor page and what each caller gets when they open it. Columns as <see cref="PageCaller"/>:
/// anonymous, Administrator, CaseOfficer, panel member on the panel, panel member not on it, chair on the panel,
/// a disabled account's old cookie, an appeal reviewer (who sees only the cases whose appeal awaits a decision). "SignIn" = sent to the sign-in page; 403 = the page says in words that the role
/// may not; 404 = a case the caller may not see (indistinguishable from no case). Adding a page is one row.
/// </summary>
internal static class StaffPageMatrix
{
    public const string SignIn = "SignIn";

    public sealed record Row(string Route, string Expected, Func<StaffPageWorld, string> Url);

    public static readonly IReadOnlyList<Row> Pages =
    [
        new("/staff", "SignIn 302 302 302 302 302 SignIn 302", w => "/staff"),
        new("/staff/dashboard", "SignIn 200 200 403 403 403 SignIn 403", w => "/staff/dashboard"),
        new("/staff/cases", "SignIn 200 200 200 200 200 SignIn 200", w => "/staff/cases"),
        new("/staff/cases/{reference}", "SignIn 200 200 200 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}"),
        new("/staff/cases/{reference}/withdraw", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/withdraw"),
        new("/staff/cases/{reference}/links", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/links"),
        new("/staff/cases/{reference}/notes", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/notes"),
        new("/staff/cases/{reference}/risk-assessment", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/risk-assessment"),
        // Documents: everyone who may see the case sees what they may of its documents and downloads it; officers delete.
        new("/staff/cases/{reference}/documents", "SignIn 200 200 200 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}/documents"),
        new("/staff/cases/{reference}/documents/{id:long}", "SignIn 200 200 200 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}/documents/{w.SharedDocument}"),
        new("/staff/cases/{reference}/documents/{id:long}/delete", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/documents/{w.SharedDocument}/delete"),
        new("/staff/applications/new", "SignIn 200 200 403 403 403 SignIn 403", w => "/staff/applications/new"),
        // Before the panel: panel members cannot see a case until their agency is on its panel.
        new("/staff/cases/{reference}/start-assessment", "SignIn 200 200 404 404 404 SignIn 404", w => $"/staff/cases/{w.ReceivedCase}/start-assessment"),
        new("/staff/cases/{reference}/threshold-decision", "SignIn 200 200 404 404 404 SignIn 404", w => $"/staff/cases/{w.InAssessmentCase}/threshold-decision"),
        new("/staff/cases/{reference}/complaints/{complaintId:int}/verify", "SignIn 200 200 404 404 404 SignIn 404", w => $"/staff/cases/{w.InAssessmentCase}/complaints/{w.InAssessmentComplaint}/verify"),
        // Caseworkers' tools on a panel's case: the panel sees the case but may not use them.
        new("/staff/cases/{reference}/assign", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/assign"),
        new("/staff/cases/{reference}/deadlines/{stage}/extend", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/deadlines/ReviewMeeting/extend"),
        new("/staff/cases/{reference}/correct", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/correct"),
        // Restriction of processing (Article 18): administrators only; a case officer is told so in words.
        new("/staff/cases/{reference}/restriction", "SignIn 200 403 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/restriction"),
        new("/staff/cases/{reference}/schedule-review", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/schedule-review"),
        // Closing waits for the appeal window, so even caseworkers are told "not now" on a case under review.
        new("/staff/cases/{reference}/close", "SignIn 403 403 403 404 403 SignIn 404", w => $"/staff/cases/{w.SharedCase}/close"),
        // The panel's own work: each agency's response (members of an agency on the panel), the outcome (its chair).
        new("/staff/cases/{reference}/panel-responses", "SignIn 200 200 200 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}/panel-responses"),
        new("/staff/cases/{reference}/record-review", "SignIn 200 200 403 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}/record-review"),
        new("/staff/cases/{reference}/applicant-consultation", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.HeldCase}/applicant-consultation"),
        new("/staff/cases/{reference}/send-outcome", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.HeldCase}/send-outcome"),
        new("/staff/cases/{reference}/recommendations/{id:int}", "SignIn 200 200 200 404 200 SignIn 404", w => $"/staff/cases/{w.HeldCase}/recommendations/{w.HeldRecommendation}"),
        new("/staff/cases/{reference}/appeal", "SignIn 200 200 403 404 403 SignIn 404", w => $"/staff/cases/{w.OutcomeSentCase}/appeal"),
        // Only an appeal reviewer decides an appeal; the lead body's caseworkers are told so in words.
        new("/staff/cases/{reference}/appeal-decision", "SignIn 403 403 403 404 403 SignIn 200", w => $"/staff/cases/{w.AppealCase}/appeal-decision"),
        // Letters to applicants (their names and addresses): caseworkers only, refused before the case is looked up.
        // The panel's papers (issue 15, part 5): the pack for officers and the panel's agencies; the meeting's record by officers and the chair.
        new("/staff/cases/{reference}/panel-pack", "SignIn 200 200 200 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}/panel-pack"),
        new("/staff/cases/{reference}/meeting-record", "SignIn 200 200 403 404 200 SignIn 404", w => $"/staff/cases/{w.SharedCase}/meeting-record"),
        new("/staff/information-requests", "SignIn 200 200 200 200 200 SignIn 200", w => "/staff/information-requests"),
        new("/staff/cases/{reference}/letters/{notice}", "SignIn 200 200 403 403 403 SignIn 403", w => $"/staff/cases/{w.SharedCase}/letters/acknowledgement"),
        new("/staff/letters", "SignIn 200 200 403 403 403 SignIn 403", w => "/staff/letters"),
        new("/staff/emails", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/emails"),
        new("/staff/audit", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/audit"),
        new("/staff/reports", "SignIn 200 200 403 403 403 SignIn 403", w => "/staff/reports"),
        // Everyone signed in changes their own password, and only their own.
        new("/staff/password", "SignIn 200 200 200 200 200 SignIn 200", w => "/staff/password"),
        new("/staff/accounts", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/accounts"),
        new("/staff/accounts/new", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/accounts/new"),
        new("/staff/accounts/{id}", "SignIn 200 403 403 403 403 SignIn 403", w => $"/staff/accounts/{w.SharedAccount}"),
        new("/staff/agencies", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/agencies"),
        new("/staff/agencies/new", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/agencies/new"),
        new("/staff/agencies/{id:int}", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/agencies/2"),
        new("/staff/retention", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/retention"),
        new("/staff/subject-access", "SignIn 200 403 403 403 403 SignIn 403", w => "/staff/subject-access"),
    ];

    /// <summary>Pages open to everyone by design: signing in and out.</summary>
    /// <summary>The doors: signing in and out, and setting a password from an emailed link (the link is the credential).</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string> { "/staff/sign-in", "/staff/sign-out", "/staff/forgotten-password", "/staff/set-password" };
}
