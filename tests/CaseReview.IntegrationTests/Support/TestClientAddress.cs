using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// The test server has no network, so every request comes from one (unknown) address. A test that needs several
/// clients names each one's address in this header; the host sees it as the connection's address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    public static HttpClient From(CaseReviewApp app, string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
