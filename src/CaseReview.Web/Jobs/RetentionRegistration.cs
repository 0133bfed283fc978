using CaseReview.Infrastructure;
using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Retention;

namespace CaseReview.Web.Jobs;

/// <summary>The retention schedule and who sees what (settings <c>Retention:*</c> and <c>Privacy:*</c>), its planner and its job.</summary>
internal static class RetentionRegistration
{
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<RetentionSettings>(configuration, "Retention");
        services.AddSettings<PrivacySettings>(configuration, "Privacy");
        services.AddScoped<RetentionPlanner>();
        services.AddScoped<RetentionRun>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
