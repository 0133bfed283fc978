using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// The hostile requests for one page, as each caller's browser (its own cookies): the page with real and hostile
/// route values and query strings; posts without an antiforgery token, with a forged one and with another
/// browser's; and, for every form the page shows this caller, posts with the page's own token where each field in
/// turn holds control characters, CR/LF, huge text, overflowing numbers or unknown options, is doubled or joined
/// by unknown fields, or the body is not a form at all.
/// </summary>
internal static partial class PageRequests
{
    public const int PrimaryCap = 20;
    public const int OthersSample = 6;
    private const int FormsPerPage = 3;

    private static readonly string[] Queries =
    [
        "handler=Nope", "handler=%0d%0a", "page=-1", "page=2147483648", "page=1e309", "returnUrl=%2f%2fevil.example", "returnUrl=%2f%5cevil.example%2f%0d%0a",
        "status=Nope&status=99", "q=" + new string('q', 3000), "officer=%00", "from=2026-13-45&to=-1", "year=2147483648", "code=..%2f..%2fetc%2fpasswd",
        "index=-1", "stage=Nope", "pageSize=2147483647",
    ];

    public static async Task RunAsync(HostileWorld world, RouteEndpoint endpoint, HostileCaller caller, Random random)
    {
        var route = Routes.Pattern(endpoint);
        var isStaff = route.StartsWith("/staff", StringComparison.Ordinal) && route is not ("/staff/sign-in" or "/staff/forgotten-password" or "/staff/set-password");
        var primary = caller == (isStaff ? HostileCaller.Administrator : HostileCaller.Anonymous);
        var browser = world.Browser(caller);
        var targets = Routes.TargetsOf(world, endpoint);
        var get = $"GET {route}";
        var post = $"POST {route}";

        Task<HttpStatusCode?> Send(string key, string kind, string description, Func<HttpRequestMessage> build) =>
            world.SendAsync(new HostileRequest(key, caller, kind, description, build), browser.SendAsync);

        string? html = null;
        foreach (var target in primary ? targets : targets.Take(2))
        {
            string? body = null;
            await world.SendAsync(new HostileRequest(get, caller, "baseline", "the page", () => new HttpRequestMessage(HttpMethod.Get, target)), async request =>
            {
                var response = await browser.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    body = await response.Content.ReadAsStringAsync();
                }

                return response;
            });
            html ??= body;
        }

        var path = targets[0];
        var gets = Routes.HostileRouteValues(endpoint, world).Select(v => ("route value", $"{{{v.Name}}} in {v.Url}", v.Url))
            .Concat(Queries.Select(q => ("query", q.Length > 60 ? q[..60] + "..." : q, $"{path}?{q}")))
            .ToArray();
        random.Shuffle(gets);
        foreach (var (kind, description, url) in gets.Take(primary ? 8 : 2))
        {
            await Send(get, kind, description, () => new HttpRequestMessage(HttpMethod.Get, url));
        }

        // Refused at the door whatever the form: no token, a forged one, another browser's (and its cookie).
        var other = world.Browser(caller == HostileCaller.Anonymous ? HostileCaller.Administrator : HostileCaller.Anonymous);
        var otherToken = await other.TokenAsync("/staff/sign-in");
        (string Name, string Value)[] someFields = [("Reason", "Reason from " + HostileValues.Marker), ("Name", HostileValues.Names[0]), ("Email", HostileValues.Emails[0])];
        await Send(post, "antiforgery", "no token", () => Form(path, someFields));
        await Send(post, "antiforgery", "another browser's token", () => Form(path, [("__RequestVerificationToken", otherToken), .. someFields]));
        if (primary)
        {
            await Send(post, "antiforgery", "forged token", () => Form(path, [("__RequestVerificationToken", "CfDJ8" + new string('A', 150)), .. someFields]));
            await Send(post, "antiforgery", "token doubled", () => Form(path, [("__RequestVerificationToken", otherToken), ("__RequestVerificationToken", "x"), .. someFields]));
        }

        if (html is null || route == "/staff/sign-out")
        {
            // Signing out with a good token would end the browser's session for the rest of the suite.
            return;
        }

        var variants = new List<(string Kind, string Description, Func<HttpRequestMessage> Build)>();
        foreach (var form in Forms(html, path).Take(FormsPerPage))
        {
            variants.AddRange(FormVariants(form));
        }

        var baseline = variants.Where(v => v.Kind == "baseline").ToList();
        var rest = variants.Where(v => v.Kind != "baseline").ToArray();
        random.Shuffle(rest);
        foreach (var (kind, description, build) in baseline.Concat(rest.Take(primary ? PrimaryCap : OthersSample)))
        {
            await Send(post, kind, description, build);
        }
    }

    private static IEnumerable<(string Kind, string Description, Func<HttpRequestMessage> Build)> FormVariants(PageForm form)
    {
        var fields = form.Fields;
        var editable = fields.Where(f => f.Name is not "__RequestVerificationToken" and not Honeypot).Select(f => f.Name).Distinct().ToList();

        (string, string)[] With(string name, string value) => [.. fields.Select(f => f.Name == name ? (f.Name, value) : (f.Name, f.Value))];

        yield return ("baseline", $"form to {form.Action} as the page filled it", () => Form(form.Action, fields));
        string[] values = [.. HostileValues.ControlStrings, HostileValues.Marker + new string('y', 6000), HostileValues.Marker + new string('z', 70_000), string.Empty, "2147483648", "-1", "1e309", "Nope"];
        foreach (var name in editable)
        {
            foreach (var value in values)
            {
                yield return ("form field", $"{name} = {Short(value)}", () => Form(form.Action, With(name, value)));
            }

            yield return ("form field", $"{name} doubled", () => Form(form.Action, [.. fields, (name, HostileValues.Names[1]), (name, "Nope")]));
            yield return ("form field", $"{name} missing", () => Form(form.Action, [.. fields.Where(f => f.Name != name)]));
            yield return ("form field", $"{name} as invalid UTF-8", () => RawForm(form.Action, fields, $"{Uri.EscapeDataString(name)}=%ED%A0%80%C3%28%zz"));
        }

        yield return ("form field", "unknown and indexed fields", () => Form(form.Action,
            [.. fields, ("Complaints[99999].Agency", "Police"), ("Roles[2147483647]", "Administrator"), ("__proto__[x]", "1"), ("Version", "2147483648"), ("handler", "Delete")]));
        yield return ("honeypot", "honeypot filled in", () => Form(form.Action, [.. fields.Where(f => f.Name != Honeypot), (Honeypot, "http://spam.example")]));
        yield return ("content type", "JSON body", () => new HttpRequestMessage(HttpMethod.Post, form.Action)
        {
            Content = new StringContent("{\"name\":\"" + HostileValues.Marker + "\"}", Encoding.UTF8, "application/json"),
        });
        yield return ("content type", "multipart form with a file", () =>
        {
            var content = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                content.Add(new StringContent(value), name);
            }

            content.Add(new ByteArrayContent(new byte[64 * 1024]), "upload", "../../etc/passwd");
            return new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = content };
        }
        );
        yield return ("content type", "form with charset=nonsense", () =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Encode(fields)));
            content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded; charset=nonsense");
            return new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = content };
        }
        );
        yield return ("content type", "form body without Content-Type", () =>
            new HttpRequestMessage(HttpMethod.Post, form.Action) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Encode(fields))) });
    }


    private const string Honeypot = CaseReview.Web.Security.HoneypotFilter.FieldName;

    private static HttpRequestMessage Form(string url, IEnumerable<(string Name, string Value)> fields) =>
        new(HttpMethod.Post, url) { Content = new StringContent(Encode(fields), Encoding.UTF8, "application/x-www-form-urlencoded") };

    private static HttpRequestMessage RawForm(string url, IEnumerable<(string Name, string Value)> fields, string extra)
    {
        var body = Encode(fields) + "&" + extra;
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/x-www-form-urlencoded");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static string Encode(IEnumerable<(string Name, string Value)> fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));

    private static string Short(string value)
    {
        var visible = new string([.. value.Take(50).Select(c => char.IsControl(c) ? '·' : c)]);
        return value.Length > 50 ? $"{visible}... ({value.Length} chars)" : visible;
    }

    /// <summary>The post forms of a page: where each goes (its action, or a button's formaction) and its fields, filled in plausibly.</summary>
    private static IEnumerable<PageForm> Forms(string html, string pageUrl)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            if (!form.Groups["attrs"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var inner = form.Groups["inner"].Value;
            var fields = new List<(string Name, string Value)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match input in InputPattern().Matches(inner))
            {
                var tag = input.Value;
                var name = Attribute(tag, "name");
                if (name is null || (tag.StartsWith("<button", StringComparison.OrdinalIgnoreCase) && Attribute(tag, "value") is null))
                {
                    continue;
                }

                var type = Attribute(tag, "type") ?? "text";
                if (type is "radio" or "checkbox" && !seen.Add(name))
                {
                    continue;
                }

                var value = tag.StartsWith("<select", StringComparison.OrdinalIgnoreCase) ? FirstOption(inner, input.Index) : Attribute(tag, "value") ?? string.Empty;
                fields.Add((name, value.Length > 0 || type is "hidden" || name == Honeypot ? value : Plausible(name, type)));
                seen.Add(name);
            }

            var action = Attribute(form.Groups["attrs"].Value, "action") ?? pageUrl;
            var actions = FormActionPattern().Matches(inner).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Prepend(action.Length == 0 ? pageUrl : action);
            // The header's sign-out form would end the browser's session for the rest of the suite.
            foreach (var to in actions.Where(a => !a.StartsWith("/staff/sign-out", StringComparison.OrdinalIgnoreCase)))
            {
                yield return new PageForm(to, fields);
            }
        }
    }

    private static string Plausible(string name, string type) => name switch
    {
        _ when type == "email" || name.Contains("Email", StringComparison.OrdinalIgnoreCase) => HostileValues.Emails[0],
        _ when type == "password" || name.Contains("Password", StringComparison.OrdinalIgnoreCase) => "not the password " + HostileValues.Marker,
        _ when name.EndsWith(".Day", StringComparison.Ordinal) => "2",
        _ when name.EndsWith(".Month", StringComparison.Ordinal) => "11",
        _ when name.EndsWith(".Year", StringComparison.Ordinal) => "2026",
        _ when name.Contains("Phone", StringComparison.OrdinalIgnoreCase) => HostileValues.Phones[0],
        _ when name.Contains("Postcode", StringComparison.OrdinalIgnoreCase) => HostileValues.Postcodes[0],
        _ when name.Contains("Name", StringComparison.Ordinal) => HostileValues.Names[0],
        _ => "Text from " + HostileValues.Marker,
    };

    private static string FirstOption(string html, int from)
    {
        var select = html[from..];
        var end = select.IndexOf("</select>", StringComparison.OrdinalIgnoreCase);
        foreach (Match option in OptionPattern().Matches(end < 0 ? select : select[..end]))
        {
            if (option.Groups[1].Value.Length > 0)
            {
                return WebUtility.HtmlDecode(option.Groups[1].Value);
            }
        }

        return string.Empty;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<inner>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<(input|select|textarea|button)\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<option[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex OptionPattern();

    [GeneratedRegex("formaction=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FormActionPattern();

    private sealed record PageForm(string Action, IReadOnlyList<(string Name, string Value)> Fields);
}
