using System.Text.RegularExpressions;

namespace CaseReview.Domain.Applications;

/// <summary>
/// Normalised forms of the applicant's postcode, address, email and phone, stored (and indexed) on the case so
/// that applications about the same place or person can be suggested for linking: "B98 8AH" and "b988ah" match,
/// as do "1 High Street, Redditch" and "1 high street redditch", and "+44 7700 900123" and "07700900123".
/// </summary>
public static partial class MatchKeys
{
    public static string? Postcode(string? postcode) => Blank(NotLetterOrDigit().Replace(postcode ?? string.Empty, string.Empty).ToUpperInvariant());

    public static string? Address(string? address) =>
        Blank(NotLetterOrDigit().Replace((address ?? string.Empty).ToLowerInvariant(), " ").Trim());

    public static string? Email(string? email) => Blank((email ?? string.Empty).Trim().ToLowerInvariant());

    public static string? Phone(string? phone)
    {
        var digits = NotDigit().Replace(phone ?? string.Empty, string.Empty);
        if (digits.Length < 6)
        {
            return null;
        }

        // UK numbers written internationally (+44 7700 ..., or +44 (0)7700 ...) are the same line as 07700 ...
        return digits switch
        {
            { Length: 12 } when digits.StartsWith("44", StringComparison.Ordinal) => "0" + digits[2..],
            { Length: 13 } when digits.StartsWith("440", StringComparison.Ordinal) => digits[2..],
            _ => digits,
        };
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigit();

    [GeneratedRegex(@"\D+")]
    private static partial Regex NotDigit();
}
