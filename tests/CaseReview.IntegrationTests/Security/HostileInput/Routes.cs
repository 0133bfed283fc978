using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>The host's route table, and URLs for a route with real or hostile values in its parameters.</summary>
internal static class Routes
{
    /// <summary>Every route the host serves, with its methods ("GET", "POST"...); Razor Pages answer GET and POST.</summary>
    public static IReadOnlyList<(RouteEndpoint Endpoint, string Method, bool IsPage)> Table(HostileWorld world)
    {
        _ = world.App.CreateClient();
        return [.. world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e =>
            {
                var isPage = e.Metadata.GetMetadata<PageActionDescriptor>() is not null;
                var methods = isPage ? ["GET", "POST"] : e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Select(m => (Endpoint: e, Method: m, IsPage: isPage));
            })
            .OrderBy(r => Pattern(r.Endpoint), StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)];
    }

    public static string Key(RouteEndpoint endpoint, string method) => $"{method} {Pattern(endpoint)}";

    public static string Pattern(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');

    /// <summary>The route with real values (one URL per real value of its first parameter; one URL when it has none).</summary>
    public static IReadOnlyList<string> TargetsOf(HostileWorld world, RouteEndpoint endpoint)
    {
        var parameters = endpoint.RoutePattern.Parameters;
        if (parameters.Count == 0)
        {
            return [Pattern(endpoint)];
        }

        var first = Values(world, endpoint, parameters[0]);
        return [.. first.Select(v => Url(endpoint, p => p == parameters[0] ? v : Values(world, endpoint, p)[0]))];
    }

    /// <summary>The route with each hostile value in each parameter in turn (the others real).</summary>
    public static IEnumerable<(string Name, string Url)> HostileRouteValues(RouteEndpoint endpoint, HostileWorld world)
    {
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            foreach (var value in HostileValues.RouteValues)
            {
                yield return (parameter.Name, Url(endpoint, p => p == parameter ? value : Values(world, endpoint, p)[0]));
            }
        }
    }

    private static string Url(RouteEndpoint endpoint, Func<RoutePatternParameterPart, string> value)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => value(parameter),
            _ => string.Empty,
        })));
        return "/" + string.Join('/', segments).TrimEnd('/');
    }

    /// <summary>Real values for a parameter, by its name and where it stands ("/agencies/{id}" is an agency).</summary>
    private static IReadOnlyList<string> Values(HostileWorld world, RouteEndpoint endpoint, RoutePatternParameterPart parameter)
    {
        var pattern = Pattern(endpoint);
        var key = parameter.Name switch
        {
            "id" when pattern.Contains("/recommendations/", StringComparison.Ordinal) => "recommendationId",
            "id" when pattern.Contains("/agencies/", StringComparison.Ordinal) => "agencyId",
            "id" when pattern.Contains("/emails/", StringComparison.Ordinal) => "emailId",
            "id" when pattern.Contains("/documents/", StringComparison.Ordinal) => "documentId",
            "id" => "userId",
            "code" when parameter.ParameterPolicies.Any(p => p.Content == "int") => "statusCode",
            "reference" when pattern.Contains("/recommendations/", StringComparison.Ordinal) => "held",
            var name => name,
        };
        return world.Targets.TryGetValue(key, out var values) ? values : ["1"];
    }
}
