using System.Net.Http.Json;
using Microsoft.Playwright;

namespace CaseReview.BrowserTests.Support;

/// <summary>Staff in the browser tests: accounts made through the admin API, and signing in through the sign-in page.</summary>
public static class StaffSite
{
    public const string Password = CaseReview.TestSupport.TestHosts.StaffPassword;

    /// <summary>A new staff account in <paramref name="role"/> (and agency), made by the bootstrap administrator; answers its email.</summary>
    public static async Task<string> NewStaffAsync(this ResidentSite site, string role, string? agency = null)
    {
        using var api = await site.AdminApiAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@council.example";
        (await api.PostAsJsonAsync("/api/admin/users", new { email, password = Password, roles = new[] { role }, agency })).EnsureSuccessStatusCode();
        return email;
    }

    /// <summary>A new browser (its own cookies) signed in through the sign-in page.</summary>
    public static async Task<IPage> SignedInPageAsync(this ResidentSite site, string email, string password = Password)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/staff/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        return page;
    }
}
