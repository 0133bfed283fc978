using System.Net;
using CaseReview.UseCases.Email;
using Microsoft.Extensions.Options;

namespace CaseReview.Web.Security;

/// <summary>
/// What a live deployment refuses at start-up. Outside Development: a value still holding a placeholder from
/// appsettings.example.json (it starts with <c>&lt;</c>), and the development administrator's password. In
/// Production also: links in emails that are not https or point at this machine, and no lead mailbox (reminders
/// for unassigned cases, new applications and appeals would go to nobody).
/// </summary>
internal sealed class LiveSettingsValidator(IConfiguration configuration, IHostEnvironment environment, IOptions<EmailSettings> email)
    : IValidateOptions<LiveSettings>
{
    /// <summary>The password in appsettings.Development.json.</summary>
    public const string DevelopmentAdminPassword = "change-this-local-password";

    // The app's own sections (as in appsettings.example.json); the rest of the configuration (environment variables
    // of the machine, say) is not the app's to judge.
    private static readonly string[] Sections =
    [
        "Database", "ConnectionStrings", "Bootstrap", "Auth", "Accounts", "Calendar", "Timescales", "Threshold", "Statistics",
        "Workflow", "Council", "Email", "Reminders", "Drafts", "Documents", "RateLimiting", "DataProtection", "ReverseProxy",
    ];

    public ValidateOptionsResult Validate(string? name, LiveSettings options)
    {
        var refusals = new List<string>();
        if (!environment.IsDevelopment())
        {
            refusals.AddRange(Placeholders());
            if (configuration["Bootstrap:AdminPassword"] == DevelopmentAdminPassword)
            {
                refusals.Add("Bootstrap:AdminPassword is the development password; set the first administrator's own password, or leave it empty once the account exists.");
            }
        }

        if (environment.IsProduction())
        {
            refusals.AddRange(ProductionEmail(email.Value));
        }

        return refusals.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(refusals);
    }

    private IEnumerable<string> Placeholders() =>
        from section in Sections
        from setting in configuration.GetSection(section).AsEnumerable()
        where setting.Value is { } value && value.TrimStart().StartsWith('<')
        orderby setting.Key
        select $"{setting.Key} still holds a placeholder from appsettings.example.json; set the real value.";

    private static IEnumerable<string> ProductionEmail(EmailSettings email)
    {
        if (email.PublicBaseUri is { } uri && (uri.Scheme != Uri.UriSchemeHttps || uri.IsLoopback || IsLocalName(uri.Host)))
        {
            yield return $"Email:PublicBaseUrl is '{email.PublicBaseUrl}'; in Production links in emails must be the site's public https address.";
        }

        if (string.IsNullOrWhiteSpace(email.LeadMailbox))
        {
            yield return "Email:LeadMailbox is empty; in Production the lead body's mailbox must be set, or new applications, appeals and reminders for unassigned cases go to nobody.";
        }
    }

    private static bool IsLocalName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
