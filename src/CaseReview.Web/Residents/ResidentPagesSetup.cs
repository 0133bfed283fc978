using CaseReview.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace CaseReview.Web.Residents;

internal static class ResidentPagesSetup
{
    public static IServiceCollection AddResidentPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(HoneypotFilter)));
            // Pages are closed by default (the fallback policy in AuthSetup): these are the ones open to everyone.
            // The staff pages say who may open them on StaffPageModel.
            o.Conventions.AllowAnonymousToFolder("/Apply").AllowAnonymousToFolder("/Track").AllowAnonymousToFolder("/Survey");
            foreach (var page in ResidentRootPages)
            {
                o.Conventions.AllowAnonymousToPage(page);
            }
        });
        services.AddScoped<HoneypotFilter>();
        services.AddSingleton<CaseReview.Web.Pages.Apply.SentApplication>();

        // "Threshold decision recorded" and the like, shown once on the page a form returns to. No personal data.
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "CaseReview.Notice";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.IsEssential = true;
        });
        return services;
    }

    private static readonly string[] ResidentRootPages = ["/Index", "/Eligibility", "/Statistics", "/Status", "/Privacy", "/Accessibility"];

    /// <summary>Residents get a page in plain words for a missing page or a refused form; the API keeps its problem details.</summary>
    public static IApplicationBuilder UseResidentStatusPages(this IApplicationBuilder app) => app
        .UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages())
        .UseWhen(c => !IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
