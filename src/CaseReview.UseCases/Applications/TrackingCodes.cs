using System.Security.Cryptography;

namespace CaseReview.UseCases.Applications;

/// <summary>Unguessable codes that let an applicant follow their case without an account.</summary>
public static class TrackingCodes
{
    // No 0/O or 1/I/L, so a code read over the phone is not misheard.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>20 characters from a 31-letter alphabet: about 99 bits of randomness.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 20);
}
