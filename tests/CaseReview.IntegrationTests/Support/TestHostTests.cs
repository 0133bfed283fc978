using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace CaseReview.IntegrationTests.Support;

/// <summary>The test host itself: what lets hundreds of them run side by side.</summary>
// One host for the class: the tests only look at its services.
public sealed class TestHostTests(CaseReviewApp app) : IClassFixture<CaseReviewApp>
{
    private readonly CaseReviewApp _app = app;

    [Fact]
    public void TestHosts_DoNotWatchTheirSettingsFiles()
    {
        // A watched settings file costs an inotify instance (128 per user by default); CI ran out of them.
        var configuration = (IConfigurationRoot)_app.Services.GetRequiredService<IConfiguration>();
        var jsonFiles = configuration.Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.NotEmpty(jsonFiles);
        Assert.All(jsonFiles, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes"));
    }

    [Fact]
    public void TestHosts_WatchTheirPagesFilesByPolling()
    {
        // asp-append-version watches the stylesheet and script; an inotify watcher per host exhausted the limit.
        var environment = _app.Services.GetRequiredService<IWebHostEnvironment>();
        var providers = Physical(environment.WebRootFileProvider).Concat(Physical(environment.ContentRootFileProvider)).ToList();

        Assert.NotEmpty(providers);
        Assert.All(providers, p => Assert.True(p.UsePollingFileWatcher, $"{p.Root} is watched with inotify"));
    }

    private static IEnumerable<PhysicalFileProvider> Physical(IFileProvider provider) => provider switch
    {
        PhysicalFileProvider physical => [physical],
        CompositeFileProvider composite => composite.FileProviders.SelectMany(Physical),
        _ => throw new Xunit.Sdk.XunitException($"Unexpected file provider {provider.GetType()}: check how it watches files."),
    };
}
