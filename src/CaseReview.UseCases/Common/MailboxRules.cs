using FluentValidation;

namespace CaseReview.UseCases.Common;

/// <summary>The one rule for an email address anyone types: what FluentValidation calls an address, with no spaces or control characters.</summary>
public static class MailboxRules
{
    /// <summary>
    /// One <c>@</c> with something either side (as FluentValidation's <c>EmailAddress()</c>), and no spaces or control
    /// characters inside (spaces around it are trimmed, as everywhere else): an address with a line break could carry
    /// a second header into an email (<c>Bcc:</c>). One rule, so the caller's <c>WithMessage</c> covers all of it.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Mailbox<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(address => address is null || IsMailbox(address.Trim()));

    private static bool IsMailbox(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < address.Length - 1 && at == address.LastIndexOf('@')
            && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }
}
