using System.Net;
using System.Net.Http.Json;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Staff accounts for the web pages, and signing in through the sign-in page as a browser would.</summary>
public static class StaffPages
{
    public const string Password = CaseReview.TestSupport.TestHosts.StaffPassword;

    /// <summary>Creates an account through the admin API and answers its email address.</summary>
    public static async Task<string> NewStaffAsync(this CaseReviewApp app, string role, string? agency = null)
    {
        var admin = await app.AsAdmin();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@council.example";
        var created = await admin.PostAsJsonAsync("/api/admin/users", new { email, password = Password, roles = new[] { role }, agency }, Api.Json);
        await created.ReadJson(HttpStatusCode.Created);
        return email;
    }

    public static Task<HttpResponseMessage> SignInAsync(this ResidentBrowser browser, string email, string password = Password, string url = "/staff/sign-in") =>
        browser.SubmitAsync(url, ("Email", email), ("Password", password));

    /// <summary>A browser signed in through the sign-in page as a new appeal reviewer (who alone decides appeals).</summary>
    public static Task<ResidentBrowser> AppealReviewerBrowserAsync(this CaseReviewApp app) => app.SignedInBrowserAsync(Api.AppealReviewer);

    /// <summary>A browser signed in through the sign-in page as a new member of staff in that role.</summary>
    public static async Task<ResidentBrowser> SignedInBrowserAsync(this CaseReviewApp app, string role, string? agency = null)
    {
        var browser = new ResidentBrowser(app);
        var response = await browser.SignInAsync(await app.NewStaffAsync(role, agency));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }
}
