using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Authorization;

/// <summary>Every staff endpoint against every kind of caller (see <see cref="AuthorizationMatrix"/>).</summary>
public sealed class AuthorizationMatrixTests(MatrixWorld world) : IClassFixture<MatrixWorld>
{
    public static TheoryData<string, Caller> Cells()
    {
        var cells = new TheoryData<string, Caller>();
        foreach (var endpoint in AuthorizationMatrix.Endpoints)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                cells.Add(endpoint.Endpoint, caller);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task EachCaller_GetsTheIntendedAnswer(string endpoint, Caller caller)
    {
        var cell = AuthorizationMatrix.Endpoints.Single(e => e.Endpoint == endpoint);
        var expected = int.Parse(cell.Expected.Split(' ')[(int)caller], System.Globalization.CultureInfo.InvariantCulture);

        using var request = await cell.Request(world, caller);
        var response = await world.Client(caller).SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == (int)response.StatusCode, $"{caller} on {endpoint}: expected {expected}, got {(int)response.StatusCode}: {body}");
    }

    [Fact]
    public void EveryApiEndpoint_IsInTheMatrix_OrPublicByDesign()
    {
        _ = world.App.CreateClient();
        var routes = world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).StartsWith("/api", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"], (e, method) => $"{method} {e.RoutePattern.RawText}")
            .ToHashSet();
        var covered = AuthorizationMatrix.Endpoints.Select(e => e.Endpoint).Concat(AuthorizationMatrix.Public).ToHashSet();

        Assert.True(routes.SetEquals(covered), $"Not in the matrix: {string.Join(", ", routes.Except(covered))}. In the matrix but not served: {string.Join(", ", covered.Except(routes))}.");
    }

    [Fact]
    public async Task PublicEndpoints_NeedNoSignIn()
    {
        var anonymous = world.Client(Caller.Anonymous);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await anonymous.GetAsync("/api/statistics/published")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/track/NO-SUCH-CODE")).StatusCode);
    }
}
