using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace CaseReview.Web.Auth;

/// <summary>
/// <c>Auth:JwtSigningKey</c> (at least 32 characters) signs API tokens. Left empty, a random key is made on
/// first start and kept beside the SQLite database, so tokens survive a restart with no set-up.
/// </summary>
public sealed class JwtSettings
{
    public const string Issuer = "CaseReview";
    public const string Audience = "CaseReview.Api";

    public required SymmetricSecurityKey SigningKey { get; init; }
    /// <summary>A bearer token's lifetime: absolute, a token is never renewed.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(8);

    /// <summary>A staff page sign-in ends after this long without use (<c>Auth:SessionIdleMinutes</c>).</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>...and this long after signing in, however busy (<c>Auth:SessionAbsoluteHours</c>).</summary>
    public TimeSpan SessionAbsolute { get; init; } = TimeSpan.FromHours(12);

    public static JwtSettings From(IConfiguration configuration, string contentRootPath)
    {
        var configured = configuration["Auth:JwtSigningKey"];
        byte[] key;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            key = Encoding.UTF8.GetBytes(configured);
            if (key.Length < 32)
            {
                throw new InvalidOperationException("Auth:JwtSigningKey must be at least 32 characters long.");
            }
        }
        else
        {
            var file = Path.GetFullPath(configuration["Auth:JwtSigningKeyFile"] ?? Path.Combine("App_Data", "jwt-signing.key"), contentRootPath);
            if (!File.Exists(file))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }

            key = Convert.FromBase64String(File.ReadAllText(file).Trim());
        }

        var hours = configuration.GetValue("Auth:TokenLifetimeHours", 8);
        return new JwtSettings
        {
            SigningKey = new SymmetricSecurityKey(key),
            Lifetime = TimeSpan.FromHours(hours),
            SessionIdle = TimeSpan.FromMinutes(configuration.GetValue("Auth:SessionIdleMinutes", 30)),
            SessionAbsolute = TimeSpan.FromHours(configuration.GetValue("Auth:SessionAbsoluteHours", 12)),
        };
    }
}
