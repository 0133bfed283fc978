using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CaseReview.UseCases.Survey;

/// <summary>
/// The code in a survey's address (<c>/survey/ABCD-EFGH-JKMN</c>): 12 letters and digits, short enough to type from a
/// letter. It is worked out from the case's tracking code (a keyed hash), so a letter printed again shows the same
/// address without the code being stored anywhere; the database keeps only its SHA-256, to find the invitation.
/// Whoever holds the tracking code can already see the case, so this gives nobody anything new.
/// </summary>
public static class SurveyCodes
{
    // As the tracking codes: no 0/O or 1/I/L, so a code read from a letter is not mistyped.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 12;

    /// <summary>The case's survey code, without the hyphens it is shown with.</summary>
    public static string For(string trackingCode)
    {
        var digest = HMACSHA256.HashData(Encoding.UTF8.GetBytes(trackingCode), "CaseReview satisfaction survey"u8);
        var number = new BigInteger(digest, isUnsigned: true);
        var code = new StringBuilder(Length);
        for (var i = 0; i < Length; i++)
        {
            code.Append(Alphabet[(int)(number % Alphabet.Length)]);
            number /= Alphabet.Length;
        }

        return code.ToString();
    }

    /// <summary>"ABCD-EFGH-JKMN": easier to read and type.</summary>
    public static string Display(string code) => $"{code[..4]}-{code[4..8]}-{code[8..]}";

    /// <summary>What was typed, as the code: capitals, without spaces or hyphens; null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        var code = new string([.. (typed ?? string.Empty).Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    /// <summary>The SHA-256 of the code, in lower-case hex: all the database holds.</summary>
    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
