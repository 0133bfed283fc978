using CaseReview.UseCases.Email;

namespace CaseReview.UseCases.Accounts;

/// <summary>
/// Emails a person a link to set their password: an invitation to a new account, or a forgotten password. The
/// email is queued in the outbox in the same transaction as whatever caused it; the link's token is in the email
/// only, never in the audit trail or the logs.
/// </summary>
public sealed class PasswordLinks(IStaffAccounts accounts, CaseEmails emails, EmailSettings email, PasswordLinkSettings settings)
{
    public const string InvitationTemplate = "staff-invitation";
    public const string PasswordResetTemplate = "staff-password-reset";

    /// <summary>An invitation for someone who never set a password, otherwise a password reset.</summary>
    public static string PurposeFor(StaffAccount account) =>
        account.PasswordSet ? PasswordLinkSettings.PasswordReset : PasswordLinkSettings.Invitation;

    /// <summary>False when the account is disabled or gone, so no link was made.</summary>
    public async Task<bool> QueueAsync(string userId, string address, string purpose, CancellationToken cancellationToken)
    {
        var token = await accounts.CreatePasswordLinkTokenAsync(userId, purpose, cancellationToken);
        if (token is null)
        {
            return false;
        }

        var values = emails.CommonValues();
        values["Email"] = address;
        values["Link"] = email.SetPasswordUrl(userId, token);
        values["SignInUrl"] = email.StaffSignInUrl;
        values["ValidFor"] = ValidFor(purpose);
        values["OrganisationSignIn"] = settings.OrganisationSignIn
            ? "You can also sign in with your organisation's account, from the sign-in page, without a password here."
            : string.Empty;
        emails.Queue(purpose == PasswordLinkSettings.Invitation ? InvitationTemplate : PasswordResetTemplate, null, address, values);
        return true;
    }

    /// <summary>How long a link works, in words: "7 days", "2 hours".</summary>
    public string ValidFor(string purpose) => purpose == PasswordLinkSettings.Invitation
        ? Plural(settings.InvitationLinkDays, "day")
        : Plural(settings.PasswordResetLinkHours, "hour");

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
