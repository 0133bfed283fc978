using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace CaseReview.UseCases.Email;

/// <summary>Where emails point and who the service writes to (settings under <c>Email</c>).</summary>
public sealed record EmailSettings : IValidatableObject
{
    /// <summary>The address residents and staff reach the site at; links in emails start with it.</summary>
    public string PublicBaseUrl { get; init; } = "http://localhost:5080";

    /// <summary>The lead body's shared mailbox: told of new applications and appeals, reminded about unassigned cases.</summary>
    public string LeadMailbox { get; init; } = string.Empty;

    /// <summary>At most this many emails a day to one applicant's address: anyone may apply with any address.</summary>
    public int ApplicantEmailsPerRecipientPerDay { get; init; } = 10;

    public string TrackingUrl(string trackingCode) => $"{PublicBaseUrl.TrimEnd('/')}/track/{trackingCode}";

    /// <summary>The satisfaction survey's address, short enough to type from a letter.</summary>
    public string SurveyUrl(string code) => $"{PublicBaseUrl.TrimEnd('/')}/survey/{code}";

    public string CaseUrl(string reference) => $"{PublicBaseUrl.TrimEnd('/')}/staff/cases/{reference}";

    public string SetPasswordUrl(string userId, string token) =>
        $"{PublicBaseUrl.TrimEnd('/')}/staff/set-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    public string StaffSignInUrl => $"{PublicBaseUrl.TrimEnd('/')}/staff/sign-in";

    /// <summary>The public address as a URL, when it is a whole http(s) address.</summary>
    public Uri? PublicBaseUri =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUri is null)
        {
            yield return new ValidationResult(
                $"'{PublicBaseUrl}' is not a whole web address; links in emails start with it, e.g. https://casereview.council.example", [nameof(PublicBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(LeadMailbox) && !MailAddress.TryCreate(LeadMailbox, out _))
        {
            yield return new ValidationResult("is not an email address", [nameof(LeadMailbox)]);
        }
    }
}
