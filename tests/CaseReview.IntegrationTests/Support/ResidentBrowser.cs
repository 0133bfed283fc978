using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseReview.IntegrationTests.Support;

/// <summary>
/// Fills in the resident pages as a browser without JavaScript would: it keeps its own cookies (so a test can
/// replay a request with the cookies it had, like a double click) and sends the antiforgery token the page gave it.
/// </summary>
public sealed partial class ResidentBrowser(CaseReviewApp app)
{
    private readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public Dictionary<string, string> Cookies { get; } = [];

    public async Task<HttpResponseMessage> GetAsync(string url) => Remember(await _client.SendAsync(With(new HttpRequestMessage(HttpMethod.Get, url), Cookies)));

    /// <summary>Sends any request with this browser's cookies, and keeps the cookies it is given.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => Remember(await _client.SendAsync(With(request, Cookies)));

    public async Task<string> TokenAsync(string url)
    {
        var response = await GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token on {url}: {(int)response.StatusCode} {response.Headers.Location} {html[..Math.Min(html.Length, 3000)]} Host errors: {string.Join(" | ", app.Errors.Lines)}");
    }

    /// <summary>Gets the page for its token, then posts the fields to it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync(url);
        return await PostAsync(url, new Dictionary<string, string>(Cookies), [("__RequestVerificationToken", token), .. fields]);
    }

    /// <summary>Gets the page for its token, then posts a multipart form (a file in <paramref name="fileField"/> and the fields) to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> SubmitFileAsync(string url, string action, string fileField, byte[]? file, string fileName, params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync(url);
        var form = Files.Form(file, fileName, fileField, fields: [("__RequestVerificationToken", token), .. fields]);
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action) { Content = form });
    }

    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> cookies, params (string Name, string Value)[] fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
        };
        return Remember(await _client.SendAsync(With(request, cookies)));
    }

    /// <summary>Fills in every page of the application form, up to (not including) sending it.</summary>
    public async Task FillInApplicationAsync()
    {
        await Expect(HttpStatusCode.Redirect, SubmitAsync("/apply/about-you", ("IsThirdParty", "false"), ("Name", "Alex Example"), ("VictimType", "Individual")));
        await Expect(HttpStatusCode.Redirect, SubmitAsync("/apply/problem", ("Location", "Footpaths behind Elm Close"), ("Description", "Motorbikes racing most evenings."), ("AsbType", "Nuisance")));
        await Expect(HttpStatusCode.Redirect, SubmitAsync("/apply/effect", ("HateMotivated", "false"), ("Impact", "We cannot sleep.")));
        foreach (var (day, agency) in new[] { ("2", "Police"), ("20", "Council") })
        {
            await Expect(HttpStatusCode.Redirect, SubmitAsync("/apply/complaint",
                ("IncidentDate.Day", day), ("IncidentDate.Month", "10"), ("IncidentDate.Year", "2026"),
                ("ReportedDate.Day", day), ("ReportedDate.Month", "10"), ("ReportedDate.Year", "2026"), ("Agency", agency)));
        }

        await Expect(HttpStatusCode.Redirect, SubmitAsync("/apply/complaints"));
        await Expect(HttpStatusCode.Redirect, SubmitAsync("/apply/contact", ("PreferredContact", "Email"), ("Email", "alex@example.org")));
    }

    public static async Task<HttpResponseMessage> Expect(HttpStatusCode status, Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == status, $"Expected {(int)status} from {response.RequestMessage?.RequestUri} but got {(int)response.StatusCode}");
        return response;
    }

    private static HttpRequestMessage With(HttpRequestMessage request, IReadOnlyDictionary<string, string> cookies)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        return request;
    }

    private HttpResponseMessage Remember(HttpResponseMessage response)
    {
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                Cookies.Remove(pair[0]);
            }
            else
            {
                Cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
