using System.Net;
using CaseReview.IntegrationTests.Support;

namespace CaseReview.IntegrationTests.Errors;

public sealed class TokenExpiryTests : IDisposable
{
    private readonly CaseReviewApp _app = new() { TokenLifetimeHours = 8 };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task BearerToken_StopsWorkingAfterItsLifetime()
    {
        var admin = await _app.AsAdmin();
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/cases")).StatusCode);

        _app.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.GetAsync("/api/cases")).StatusCode);
    }
}
