using CaseReview.Domain.Calendar;
using CaseReview.Domain.Deadlines;
using CaseReview.Domain.Threshold;
using CaseReview.Infrastructure.Calendar;
using CaseReview.Infrastructure.Documents;
using CaseReview.Infrastructure.Email;
using CaseReview.Infrastructure.Identity;
using CaseReview.Infrastructure.Letters;
using CaseReview.Infrastructure.Persistence;
using CaseReview.UseCases.Accounts;
using CaseReview.UseCases.Common;
using CaseReview.UseCases.Documents;
using CaseReview.UseCases.Drafts;
using CaseReview.UseCases.Email;
using CaseReview.UseCases.Letters;
using CaseReview.UseCases.Reminders;
using CaseReview.UseCases.Review;
using CaseReview.UseCases.Risk;
using CaseReview.UseCases.Statistics;
using CaseReview.UseCases.SubjectAccess;
using CaseReview.UseCases.Survey;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        var database = DatabaseSettings.From(configuration, contentRootPath);
        services.AddSingleton(database);
        // On a server several instances may share the database, which does the locking: the in-process gate lets
        // everyone through. SQLite has one write lock per file, so writers queue in process (ADR 0002).
        switch (database.Provider)
        {
            case DatabaseProvider.SqlServer:
                AddDatabase<SqlServerCaseReviewDbContext, OpenGate>(services, o => o
                    .UseSqlServer(database.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
                break;
            case DatabaseProvider.PostgreSql:
                AddDatabase<PostgreSqlCaseReviewDbContext, OpenGate>(services, o => o
                    .UseNpgsql(database.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
                break;
            default:
                AddDatabase<SqliteCaseReviewDbContext, SingleWriterGate>(services, o => o
                    .UseSqlite(database.ConnectionString, x => x.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(new SqlitePragmas()));
                break;
        }

        services.AddScoped<ICaseReviewDb>(sp => sp.GetRequiredService<CaseReviewDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IReferenceGenerator, ReferenceGenerator>();
        services.AddScoped<DatabaseInitializer>();

        services.AddIdentityCore<StaffUser>(o =>
            {
                // Length over complexity, as the NCSC advises; lockout slows guessing.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CaseReviewDbContext>()
            .AddTokenProvider<PasswordLinkTokens>(PasswordLinkTokens.ProviderName);
        // After Identity's own length rule, so a short password is told about its length first.
        services.AddSingleton<IPasswordValidator<StaffUser>>(new CommonPasswordValidator(CommonPasswordValidator.Load(configuration["Accounts:CommonPasswordsFile"])));
        // PBKDF2 (HMAC-SHA512 in Identity's format) at OWASP's figure for PBKDF2-HMAC-SHA256, the higher of the two;
        // a hash made with fewer iterations is made again at the person's next sign-in.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount =
            int.TryParse(configuration["Accounts:PasswordHashIterations"], System.Globalization.CultureInfo.InvariantCulture, out var iterations) && iterations > 0 ? iterations : 600_000);
        services.AddSingleton((configuration.GetSection("Accounts").Get<PasswordLinkSettings>() ?? new PasswordLinkSettings()) with
        {
            OrganisationSignIn = !string.IsNullOrWhiteSpace(configuration["Auth:OpenIdConnect:Authority"]),
        });
        services.AddScoped<IStaffAccounts, StaffAccounts>();
        services.AddScoped<StaffAccountSeeder>();
        services.AddScoped<IStaffDirectory, StaffDirectory>();

        AddProcessRules(services, configuration);
        AddEmail(services, configuration);
        AddDocuments(services, configuration);
        return services;
    }

    /// <summary>Document limits, and the virus scanner: ClamAV's daemon when <c>Documents:ClamAvHost</c> is set, otherwise none.</summary>
    private static void AddDocuments(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<DocumentSettings>(configuration, "Documents");
        services.AddSingleton<IMalwareScanner>(sp => sp.GetRequiredService<DocumentSettings>() is { ScansFiles: true } settings
            ? ActivatorUtilities.CreateInstance<ClamAvScanner>(sp, settings)
            : new NoMalwareScanner());
    }

    /// <summary>The provider's context, served as the one <see cref="CaseReviewDbContext"/>, with its write gate.</summary>
    private static void AddDatabase<TContext, TGate>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : CaseReviewDbContext
        where TGate : class, IWriteGate
    {
        services.AddSingleton<IWriteGate, TGate>();
        services.AddDbContext<TContext>(configure);
        services.AddScoped<CaseReviewDbContext>(sp => sp.GetRequiredService<TContext>());
    }

    /// <summary>The outbox, its MailKit dispatcher, the email wording and the reminder rules.</summary>
    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Council").Get<CouncilDetails>() ?? new CouncilDetails());
        services.AddSettings<EmailSettings>(configuration, "Email");
        services.AddSettings<SmtpSettings>(configuration, "Email:Smtp");
        services.AddSettings<DispatcherSettings>(configuration, "Email:Dispatcher");
        services.AddSettings<ReminderSettings>(configuration, "Reminders");
        services.AddSettings<PanelSettings>(configuration, "Panel");
        services.AddSettings<SurveySettings>(configuration, "Survey");
        services.AddSingleton<IEmailTemplates>(new FileEmailTemplates(configuration["Email:TemplatesFolder"]));
        // Letters: the same kind of editable wording, drawn as PDFs (generated when asked for, never stored).
        services.AddSingleton<ILetterTemplates>(new FileLetterTemplates(configuration["Letters:TemplatesFolder"]));
        services.AddSingleton<ILetterPdf, PdfLetterRenderer>();
        services.AddSingleton<IPanelPackPdf, PdfPanelPackRenderer>();
        services.AddSingleton<ISubjectAccessPdf, PdfSubjectAccessRenderer>();
        // Left unset, Email:Smtp:Security means TLS required outside Development (SmtpSettings.SecurityFor).
        var development = string.Equals(configuration["environment"], "Development", StringComparison.OrdinalIgnoreCase);
        services.AddSingleton<IEmailSender>(sp => new SmtpEmailSender(sp.GetRequiredService<SmtpSettings>(), sp.GetRequiredService<CouncilDetails>(), development));
        services.AddScoped<OutboxDispatcher>();
    }

    /// <summary>The local procedure: working-day calendar, timescales and threshold rules, all from settings.</summary>
    private static void AddProcessRules(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => BankHolidays.Load(configuration["Calendar:BankHolidaysFile"]));
        services.AddSingleton(configuration.GetSection("Timescales").Get<Timescales>() ?? new Timescales());
        services.AddSingleton(sp => new DeadlinePlanner(sp.GetRequiredService<WorkingDayCalendar>(), sp.GetRequiredService<Timescales>()));
        var threshold = configuration.GetSection("Threshold").Get<ThresholdSettings>() ?? new ThresholdSettings();
        services.AddSingleton(threshold);
        services.AddSingleton(new ThresholdPolicy(threshold));
        services.AddSettings<StatisticsSettings>(configuration, "Statistics");
        services.AddSettings<RiskAssessmentSettings>(configuration, "RiskAssessment");
        services.AddSingleton(sp => sp.GetRequiredService<RiskAssessmentSettings>().ToQuestionnaire());
        services.AddSingleton(configuration.GetSection("Drafts").Get<DraftSettings>() ?? new DraftSettings());
    }
}
