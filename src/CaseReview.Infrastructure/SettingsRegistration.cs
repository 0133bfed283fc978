using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseReview.Infrastructure;

public static class SettingsRegistration
{
    /// <summary>
    /// Binds a settings class to its section and checks it (its data annotations and, when it is an
    /// <see cref="IValidatableObject"/>, its own rules) when the app starts, so a wrong value stops the app with the
    /// key named instead of failing at first use. The class itself is registered for the code that reads it.
    /// </summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new SettingsSectionValidator<T>(section));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
