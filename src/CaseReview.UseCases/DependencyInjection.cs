using CaseReview.UseCases.Cases;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Reminders;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.UseCases;

public static class DependencyInjection
{
    /// <summary>Validators and the services handlers share. Mediator itself is registered by the host (its source generator lives there).</summary>
    public static IServiceCollection AddUseCases(this IServiceCollection services)
    {
        AddValidators(services);
        services.AddScoped<CaseAccess>();
        services.AddScoped<CaseActionRunner>();
        services.AddScoped<CaseEmails>();
        services.AddScoped<Survey.SurveyInvitations>();
        services.AddScoped<Letters.LetterComposer>();
        services.AddScoped<Accounts.PasswordLinks>();
        services.AddSingleton<ReminderRound>();
        services.AddSingleton<OutboxGauge>();
        services.AddSingleton<Statistics.PublishedFiguresCache>();
        services.AddSingleton<Deadlines.OnTimeHistoryCache>();
        services.AddSingleton<Common.CaseReviewTelemetry>();
        services.AddSingleton<Accounts.SignInThrottle>();
        services.AddScoped<Drafts.ApplicationDraftStore>();
        services.AddScoped<Documents.DocumentIntake>();
        services.AddScoped<Risk.CurrentRiskAssessments>();
        return services;
    }

    /// <summary>
    /// A validator that looks things up (it takes the database or the staff accounts) lives as long as the request's
    /// database; the rest hold only their rules, which are built once (built for every request, the application form's
    /// rules took about 7% of a submission's CPU). The test hosts validate scopes, so one built once that takes
    /// something built per request stops them.
    /// </summary>
    private static void AddValidators(IServiceCollection services)
    {
        foreach (var found in AssemblyScanner.FindValidatorsInAssembly(typeof(CaseAccess).Assembly, includeInternalTypes: true))
        {
            var lifetime = LooksThingsUp(found.ValidatorType) ? ServiceLifetime.Scoped : ServiceLifetime.Singleton;
            services.Add(new ServiceDescriptor(found.InterfaceType, found.ValidatorType, lifetime));
            services.Add(new ServiceDescriptor(found.ValidatorType, found.ValidatorType, lifetime));
        }
    }

    private static bool LooksThingsUp(Type validator) =>
        validator.GetConstructors().SelectMany(c => c.GetParameters())
            .Any(p => p.ParameterType == typeof(Common.ICaseReviewDb) || p.ParameterType == typeof(Accounts.IStaffAccounts));
}
