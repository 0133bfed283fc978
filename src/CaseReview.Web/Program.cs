using System.Text.Json.Serialization;
using CaseReview.Infrastructure;
using CaseReview.Infrastructure.Persistence;
using CaseReview.UseCases;
using CaseReview.UseCases.Common;
using CaseReview.Web.Api;
using CaseReview.Web.Auth;
using CaseReview.Web.Errors;
using CaseReview.Web.Health;
using CaseReview.Web.Jobs;
using CaseReview.Web.Residents;
using CaseReview.Web.Security;
using CaseReview.Web.Telemetry;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddUseCases();
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(CaseReview.UseCases.DependencyInjection)];
    options.PipelineBehaviors = [typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(ProcessingRestrictionBehaviour<,>), typeof(TransactionBehaviour<,>)];
});
builder.Services.AddStaffAuthentication(builder.Configuration, builder.Environment.ContentRootPath);

// Enums by name only: a number such as "victimType": 99 would be stored (and published) as a value no list has.
// No string with a NUL in it (see NulCharacters).
builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
    o.SerializerOptions.Converters.Add(new NulCharacters.JsonStrings());
});
// Bad JSON reaches the exception handler, which names the field, instead of an empty 400.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
builder.Services.AddSettings<CaseReview.Web.Jobs.AutoCloseSettings>(builder.Configuration, "Workflow");
builder.Services.AddHostedService<CaseReview.Web.Jobs.AppealWindowJob>();
builder.Services.AddHostedService<CaseReview.Web.Jobs.EmailDispatchJob>();
builder.Services.AddHostedService<CaseReview.Web.Jobs.ReminderJob>();
builder.Services.AddHostedService<CaseReview.Web.Jobs.SearchTextJob>();
builder.Services.AddRetention(builder.Configuration);
builder.Services.AddHealthEndpoints();
builder.Services.AddTelemetry(builder.Configuration);
builder.Services.AddResidentPages();
builder.Services.AddPublicPostRateLimiting(builder.Configuration);
builder.Services.AddHosting(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddOptions<LiveSettings>().ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<LiveSettings>, LiveSettingsValidator>();

var app = builder.Build();

// Settings are checked before the database is touched, so a wrong value never seeds or migrates anything.
app.Services.GetRequiredService<IStartupValidator>().Validate();
// Created now, so the outbox gauges exist from the start (not from the first email or submission).
app.Services.GetRequiredService<CaseReviewTelemetry>();

await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitialiseAsync();
}

app.UseForwardedHeadersFromKnownProxies();
app.UseTransportSecurity();
app.UseExceptionHandler();
app.UseSecurityHeaders();
app.UseRequestBodyLimits(app.Configuration);
app.UseNulCharacterRefusal();
app.UseResidentStatusPages();
app.UseStaticFiles();
// Explicit, after the status pages, so a re-executed "/status/404" is routed afresh.
app.UseRouting();
app.UseAuthentication();
// After authentication: a signed-in API caller is not limited as an anonymous one.
app.UseRateLimiter();
app.UseAuthorization();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthEndpoints();
app.MapRazorPages();
app.MapApplicationEndpoints();
app.MapStaffEndpoints();
app.MapAdminEndpoints();
app.MapCaseEndpoints();
app.MapReviewEndpoints();
app.MapPanelEndpoints();
app.MapLinkEndpoints();
app.MapNoteEndpoints();
app.MapRiskEndpoints();
app.MapDocumentEndpoints();
OpenIdConnectSignIn.MapSignIn(app);
app.MapStatisticsEndpoints();
app.MapEmailEndpoints();
app.MapLetterEndpoints();
app.MapPersonalDataEndpoints();

app.Run();

public partial class Program;
