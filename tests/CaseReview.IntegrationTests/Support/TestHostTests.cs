using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Support;

/// <summary>The test host itself: what lets hundreds of them run side by side.</summary>
public sealed class TestHostTests : IDisposable
{
    private readonly CaseReviewApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public void TestHosts_DoNotWatchTheirSettingsFiles()
    {
        // A watched settings file costs an inotify instance (128 per user by default); CI ran out of them.
        var configuration = (IConfigurationRoot)_app.Services.GetRequiredService<IConfiguration>();
        var jsonFiles = configuration.Providers.OfType<JsonConfigurationProvider>().ToList();

        Assert.NotEmpty(jsonFiles);
        Assert.All(jsonFiles, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes"));
    }
}
