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
        services.AddValidatorsFromAssemblyContaining<CaseAccess>(ServiceLifetime.Scoped, includeInternalTypes: true);
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
}
