using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace CaseReview.Infrastructure.Identity;

/// <summary>
/// Refuses passwords found on lists of the commonest and most-breached passwords (ASVS 2.1.7, NCSC "deny list"):
/// attackers try these first. The shipped list is data (<c>Identity/common-passwords.txt</c>); a council may point
/// <c>Accounts:CommonPasswordsFile</c> at a longer one, such as the NCSC's top 100,000. No network is used.
/// </summary>
public sealed class CommonPasswordValidator(IReadOnlySet<string> common) : IPasswordValidator<StaffUser>
{
    public const string Code = "CommonPassword";

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(password is not null && common.Contains(password.Trim())
            ? IdentityResult.Failed(new IdentityError
            {
                Code = Code,
                Description = "This password is too common: it is on the lists that attackers try first. Choose another, for example three random words.",
            })
            : IdentityResult.Success);

    /// <summary>The shipped list, or the file a council set instead; compared without regard to case.</summary>
    public static IReadOnlySet<string> Load(string? file)
    {
        using var reader = string.IsNullOrWhiteSpace(file)
            ? new StreamReader(Assembly.GetExecutingAssembly().GetManifestResourceStream("CaseReview.CommonPasswords.txt")
                ?? throw new InvalidOperationException("The shipped list of common passwords is missing from the build."))
            : new StreamReader(file);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } password)
            {
                passwords.Add(password);
            }
        }

        return passwords;
    }
}
