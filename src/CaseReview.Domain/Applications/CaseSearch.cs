using System.Text;
using System.Text.RegularExpressions;

namespace CaseReview.Domain.Applications;

/// <summary>
/// The caseworkers' search box. Each case keeps two texts, in lower case: everything it may be found by (reference,
/// the applicant's and the victim's names, where the ASB happens, and both people's email, phone, postcode and address,
/// the last three also without spaces or punctuation), and the part a panel member who may not see contact details may
/// search by (reference, names, where). A query is split into terms; a case matches when its text holds every term. So
/// "b17 1aa" finds a case entered as "B17 1AA" or "B171AA", and "0121 496 0000" or "+44 121 496 0000" finds
/// "01214960000". The texts are worked out here, whenever the details change; <see cref="Version"/> counts changes
/// to this rule, so that rows written under an older rule are worked out again.
/// </summary>
public static partial class CaseSearch
{
    /// <summary>Raised whenever what goes into the texts changes: older rows are worked out again at start-up.</summary>
    public const int Version = 1;

    /// <summary>The longest query taken (characters), and the most terms in it.</summary>
    public const int MaxQueryLength = 100;

    public const int MaxTerms = 6;

    /// <summary>Everything a caseworker may find the case by.</summary>
    public static string Text(CaseApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var applicant = application.Applicant;
        var victim = application.Victim;
        return application.IsAnonymised
            ? Join(PanelParts(application))
            : Join([
                .. PanelParts(application),
                .. Contact(applicant.Email, applicant.Phone, applicant.Postcode, applicant.Address),
                .. victim is null ? [] : Contact(victim.Email, victim.Phone, victim.Postcode, victim.Address)]);
    }

    /// <summary>What a panel member who does not see the applicant's contact details may find the case by.</summary>
    public static string PanelText(CaseApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return Join(PanelParts(application));
    }

    /// <summary>
    /// The terms of a query, in lower case: a phone number written with spaces, brackets or +44 is one term (its
    /// digits as stored); otherwise the words, trimmed of surrounding punctuation. Empty when there is nothing to search for.
    /// </summary>
    public static IReadOnlyList<string> Terms(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var trimmed = query.Trim();
        if (PhoneLike().IsMatch(trimmed) && MatchKeys.Phone(trimmed) is { } phone)
        {
            return [phone];
        }

        return [.. trimmed.ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim(',', ';', ':', '.', '"', '\'', '(', ')', '[', ']', '|'))
            .Where(word => word.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)];
    }

    // An anonymised case keeps only its reference.
    private static string?[] PanelParts(CaseApplication application) => application.IsAnonymised
        ? [application.Reference]
        : [application.Reference, application.Applicant.Name, application.Victim?.Name, application.Location];

    // As written, and as the match keys have them (postcode and phone without spaces, address without punctuation).
    private static string?[] Contact(string? email, string? phone, string? postcode, string? address) =>
        [email, phone, MatchKeys.Phone(phone), postcode, MatchKeys.Postcode(postcode), address, MatchKeys.Address(address)];

    private static string Join(IEnumerable<string?> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                text.Append(text.Length == 0 ? string.Empty : " | ").Append(part.Trim().ToLowerInvariant());
            }
        }

        return text.ToString();
    }

    // Digits with the separators people write phone numbers with, at least six digits' worth.
    [GeneratedRegex(@"^\+?[\d\s\-().]{6,}$")]
    private static partial Regex PhoneLike();
}
