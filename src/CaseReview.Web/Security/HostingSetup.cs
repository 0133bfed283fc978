using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaseReview.Web.Security;

/// <summary>
/// What a council's IT team sets when the app runs behind a reverse proxy, or as more than one instance.
/// </summary>
internal static class HostingSetup
{
    /// <summary>
    /// Data Protection keys (they protect the staff sign-in cookie, antiforgery tokens and the one-time notices)
    /// live in <c>DataProtection:KeysFolder</c>, by default <c>App_Data/keys</c> beside the SQLite database, so a
    /// restart does not sign everyone out. Several instances point it at one shared folder.
    /// Forwarded headers (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>) are believed only from the proxies listed
    /// in <c>ReverseProxy:KnownProxies</c> (addresses) or <c>ReverseProxy:KnownNetworks</c> (CIDR): otherwise anyone
    /// could claim any address to escape the rate limit or mislead the audit trail.
    /// </summary>
    public static IServiceCollection AddHosting(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var keys = Path.GetFullPath(configuration["DataProtection:KeysFolder"] ?? Path.Combine("App_Data", "keys"), contentRootPath);
        services.AddDataProtection().SetApplicationName("CaseReview").PersistKeysToFileSystem(new DirectoryInfo(keys));

        var proxies = Addresses<IPAddress>(configuration, "ReverseProxy:KnownProxies", (string text, out IPAddress value) => IPAddress.TryParse(text, out value!));
        var networks = Addresses<System.Net.IPNetwork>(configuration, "ReverseProxy:KnownNetworks", System.Net.IPNetwork.TryParse);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = 1;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        services.AddSingleton(new ProxySettings(proxies.Count + networks.Count > 0));
        // A year, the figure browsers' preload lists ask for; subdomains are the council's other sites, left alone.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Every cookie the app sets (staff sign-in, antiforgery, notices, drafts) is Secure, even when a proxy that
        // ends TLS makes the request look like http. (Antiforgery's own "Always" would refuse such requests instead.)
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.Always);
        return services;
    }

    /// <summary>
    /// Secure cookies always. Outside Development: HSTS on https answers, and plain http redirected to https when the https port is known
    /// (an https endpoint of the app's own, or the standard <c>HTTPS_PORT</c> setting). Comes after the forwarded
    /// headers, so a request that reached a known proxy over https counts as https.
    /// </summary>
    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseCookiePolicy();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>Reads forwarded headers only when a proxy is configured; must come before anything that uses the client's address.</summary>
    public static IApplicationBuilder UseForwardedHeadersFromKnownProxies(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ProxySettings>().Configured ? app.UseForwardedHeaders() : app;

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Addresses<T>(IConfiguration configuration, string key, TryParse<T> parse)
    {
        var values = new List<T>();
        foreach (var text in configuration.GetSection(key).Get<string[]>() ?? [])
        {
            if (!parse(text.Trim(), out var value))
            {
                throw new InvalidOperationException($"{key} has '{text}', which is not {(typeof(T) == typeof(IPAddress) ? "an IP address" : "a network in CIDR form such as 10.0.0.0/8")}.");
            }

            values.Add(value);
        }

        return values;
    }

    private sealed record ProxySettings(bool Configured);
}
