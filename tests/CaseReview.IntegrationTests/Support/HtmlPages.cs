using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace CaseReview.IntegrationTests.Support;

/// <summary>Pages read as a browser would see them: the HTML parsed with AngleSharp, to query by id and role rather than match strings.</summary>
public static class HtmlPages
{
    /// <summary>The response's HTML as a document.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs a page that must answer 200 (the status and the address in the message otherwise) and parses it.</summary>
    public static async Task<IHtmlDocument> PageAsync(ResidentBrowser browser, string url)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await ParseAsync(response);
    }
}
