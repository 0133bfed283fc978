using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseReview.IntegrationTests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using static CaseReview.IntegrationTests.Security.HostileInput.BodyShapes;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// The hostile requests for one JSON endpoint, derived from the route table: its route values (real targets and
/// hostile ones), its query parameters (from the handler's signature), its body (from the type it accepts, field
/// by field: wrong types, huge strings and arrays, control characters, unknown enum values, bad numbers and dates),
/// malformed JSON, wrong or doubled content types, and missing, doubled or forged credentials. The caller the route
/// is meant for (anonymous for the public door, otherwise an administrator) gets all of them up to a cap; every
/// other caller gets a sample.
/// </summary>
internal static class ApiRequests
{
    public const int PrimaryCap = 40;
    public const int OthersSample = 4;

    public static IEnumerable<HostileRequest> For(HostileWorld world, RouteEndpoint endpoint, string method, Random random)
    {
        var route = $"{method} {Routes.Pattern(endpoint)}";
        var bodyType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var handler = endpoint.Metadata.GetMetadata<MethodInfo>();
        var query = QueryParameters(endpoint, handler);
        var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
        var primary = isPublic ? HostileCaller.Anonymous : HostileCaller.Administrator;
        var baseline = bodyType is null ? null : Baseline(route, bodyType, world);

        foreach (var caller in Enum.GetValues<HostileCaller>())
        {
            var all = Variants(world, endpoint, route, method, caller, bodyType, baseline, query).ToList();
            var targets = Routes.TargetsOf(world, endpoint).Count;
            var first = all.Take(caller == primary ? targets : Math.Min(targets, 2)).ToList();
            var rest = all.Skip(targets).ToArray();
            random.Shuffle(rest);
            var take = caller == primary ? PrimaryCap - first.Count : OthersSample;
            foreach (var request in first.Concat(rest.Take(Math.Max(take, 0))))
            {
                yield return request;
            }
        }
    }

    private static IEnumerable<HostileRequest> Variants(
        HostileWorld world, RouteEndpoint endpoint, string route, string method, HostileCaller caller, Type? bodyType, string? baseline, IReadOnlyList<(string Name, Type Type)> query)
    {
        var token = world.Tokens.GetValueOrDefault(caller);
        var targets = Routes.TargetsOf(world, endpoint);
        var path = targets[0];

        HostileRequest Make(string kind, string description, string url, Func<HttpContent?> content, Action<HttpRequestMessage>? headers = null) =>
            new(route, caller, kind, description, () =>
            {
                var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content() };
                if (token is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                headers?.Invoke(request);
                return request;
            });

        HttpContent? Json(string? text) => text is null ? null : new StringContent(text, Encoding.UTF8, "application/json");

        // An upload's well-formed request is a multipart form with a real file in it, not JSON.
        var multipart = HostileUploads.IsMultipart(endpoint);
        HttpContent? Body() => multipart ? HostileUploads.Upload(Files.Pdf(2_000), $"diary of {HostileValues.Names[2]}.pdf", [("description", "From " + HostileValues.Texts[1])]) : Json(baseline);

        // The real targets first, with a proper body: they reach the handlers' rules, not only the binding.
        foreach (var target in targets)
        {
            yield return Make("baseline", "a well-formed request", target, Body);
        }

        foreach (var (name, url) in Routes.HostileRouteValues(endpoint, world))
        {
            yield return Make("route value", $"{{{name}}} in {url}", url, Body);
        }

        foreach (var (name, type) in query)
        {
            foreach (var value in HostileValues.QueryValues)
            {
                yield return Make("query", $"{name}={Short(value)}", $"{path}?{name}={value}", Body);
            }

            yield return Make("query", $"{name} doubled", $"{path}?{name}=1&{name}=2&{name}=Nope", Body);
        }

        if (query.Count > 0)
        {
            yield return Make("query", "every parameter overflowing", $"{path}?{string.Join('&', query.Select(q => q.Name + "=2147483648"))}", Body);
        }

        foreach (var header in Headers(world, caller))
        {
            yield return new HostileRequest(route, caller, "header", header.Description, () =>
            {
                var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body() };
                header.Apply(request);
                return request;
            });
        }

        if (multipart)
        {
            foreach (var (kind, description, content) in HostileUploads.Variants())
            {
                yield return Make(kind, description, path, content);
            }

            yield break;
        }

        if (bodyType is null || baseline is null)
        {
            yield break;
        }

        foreach (var text in HostileValues.MalformedJson)
        {
            yield return Make("malformed JSON", Short(text), path, () => Json(text));
        }

        foreach (var (description, content) in ContentTypes(baseline))
        {
            yield return Make("content type", description, path, content);
        }

        yield return Make("huge body", "320 KB in one field (over the body limit)", path,
            () => Json(Fill(baseline, ["description"], JsonSerializer.Serialize(HostileValues.Marker + new string('x', 320 * 1024)))));

        foreach (var (field, type) in Fields(bodyType, []))
        {
            var name = string.Join('.', field);
            foreach (var raw in ValuesFor(type))
            {
                yield return Make(KindOf(type), $"{name} = {Short(raw)}", path, () => Json(Fill(baseline, field, raw)));
            }
        }
    }

    /// <summary>Raw JSON values to put in a field of this type (several of them of the wrong type on purpose).</summary>
    private static IEnumerable<string> ValuesFor(Type type)
    {
        string[] wrongTypes = ["null", "{}", "[]", "true", "\"x\""];
        if (type == typeof(string))
        {
            return [
                .. HostileValues.ControlStrings.Select(s => JsonSerializer.Serialize(s)),
                JsonSerializer.Serialize(HostileValues.Marker + new string('y', 6000)),
                JsonSerializer.Serialize(HostileValues.Marker + new string('z', 70_000)),
                "\"" + HostileValues.Marker + "\\ud800\"", "\"\"", "\"   \"", "123", "1e309", "true", "{}", "[\"a\"]", "null",
            ];
        }

        if (type.IsEnum)
        {
            return [.. HostileValues.JsonEnums, "{}", "null", "[\"" + Enum.GetNames(type)[0] + "\"]"];
        }

        if (IsNumber(type))
        {
            return [.. HostileValues.JsonNumbers, .. wrongTypes];
        }

        if (type == typeof(bool))
        {
            return ["\"true\"", "1", "0", "\"yes\"", "null", "{}", "[]"];
        }

        if (IsDate(type))
        {
            return [.. HostileValues.JsonDates, .. wrongTypes];
        }

        if (ElementType(type) is { } element)
        {
            var one = element == typeof(string) ? JsonSerializer.Serialize(HostileValues.Marker) : element.IsEnum ? "\"" + Enum.GetNames(element)[0] + "\"" : "{}";
            return [
                "[" + string.Join(',', Enumerable.Repeat(one, 20_000)) + "]",
                "[" + string.Join(',', Enumerable.Repeat(one, 60)) + "]",
                "[null]", "[[[]]]", "{}", "\"x\"", "null", "[]",
            ];
        }

        return ["\"x\"", "[]", "null", "1", "{\"unknown\":{\"deeper\":[1,2,3]}}"];
    }

    private static IEnumerable<(string Description, Func<HttpContent?> Content)> ContentTypes(string baseline)
    {
        HttpContent With(string text, string? contentType)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            return content;
        }

        yield return ("no Content-Type", () => With(baseline, null));
        yield return ("text/plain", () => With(baseline, "text/plain"));
        yield return ("application/xml", () => With("<application><name>" + HostileValues.Marker + "</name></application>", "application/xml"));
        yield return ("form-urlencoded", () => With("name=" + HostileValues.Marker, "application/x-www-form-urlencoded"));
        yield return ("multipart/form-data", () =>
        {
            var multipart = new MultipartFormDataContent { { new StringContent(baseline, Encoding.UTF8, "application/json"), "body", "body.json" } };
            return multipart;
        }
        );
        yield return ("charset=utf-16 on UTF-8", () => With(baseline, "application/json; charset=utf-16"));
        yield return ("charset=nonsense", () => With(baseline, "application/json; charset=nonsense"));
        yield return ("Content-Type doubled", () =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(baseline));
            content.Headers.TryAddWithoutValidation("Content-Type", ["application/json", "text/plain"]);
            return content;
        }
        );
        yield return ("Content-Type garbage", () => With(baseline, ";;;=="));
        yield return ("invalid UTF-8", () =>
        {
            var bytes = Encoding.UTF8.GetBytes(baseline).ToList();
            bytes.InsertRange(Math.Max(bytes.IndexOf((byte)':') + 2, 0), new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80 });
            return new ByteArrayContent([.. bytes]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        }
        );
        yield return ("Content-Encoding gzip (not gzipped)", () =>
        {
            var content = With(baseline, "application/json");
            content.Headers.ContentEncoding.Add("gzip");
            return content;
        }
        );
    }

    /// <summary>Missing, doubled and forged credentials and other headers; each request carries exactly these.</summary>
    private static IEnumerable<(string Description, Action<HttpRequestMessage> Apply)> Headers(HostileWorld world, HostileCaller caller)
    {
        var admin = world.Tokens[HostileCaller.Administrator];
        var panel = world.Tokens[HostileCaller.PanelMember];
        var own = world.Tokens.GetValueOrDefault(caller) ?? admin;
        var parts = admin.Split('.');
        var tampered = $"{parts[0]}.{Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"sub\":\"x\",\"role\":\"Administrator\",\"exp\":4102444800}")).TrimEnd('=')}.{parts[2]}";
        var unsigned = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJBZG1pbmlzdHJhdG9yIn0.";

        void Auth(HttpRequestMessage r, params string[] values) => r.Headers.TryAddWithoutValidation("Authorization", values);

        yield return ("no Authorization", _ => { });
        yield return ("Authorization doubled (valid, garbage)", r => Auth(r, "Bearer " + own, "Bearer garbage"));
        yield return ("Authorization doubled (administrator, panel member)", r => Auth(r, "Bearer " + panel, "Bearer " + admin));
        yield return ("Authorization: Bearer (empty)", r => Auth(r, "Bearer"));
        yield return ("Authorization: Bearer 9000 characters", r => Auth(r, "Bearer " + new string('A', 9000)));
        yield return ("Authorization: alg none", r => Auth(r, "Bearer " + unsigned));
        yield return ("Authorization: payload swapped, signature kept", r => Auth(r, "Bearer " + tampered));
        yield return ("Authorization: Basic", r => Auth(r, "Basic YWRtaW5AY291bmNpbC5leGFtcGxlOnBhc3N3b3Jk"));
        yield return ("Authorization: unknown scheme", r => Auth(r, "Negotiate " + own));
        yield return ("garbage cookies", r =>
        {
            Auth(r, "Bearer " + own);
            r.Headers.TryAddWithoutValidation("Cookie", ".AspNetCore.Cookies=garbage; .AspNetCore.Antiforgery.x=%%%; CaseReview.Staff=" + new string('Q', 3000) + "; novalue");
        }
        );
        yield return ("Idempotency-Key doubled", r =>
        {
            Auth(r, "Bearer " + own);
            r.Headers.TryAddWithoutValidation("Idempotency-Key", ["hostile-1", "hostile-2"]);
        }
        );
        yield return ("Idempotency-Key 5000 characters", r =>
        {
            Auth(r, "Bearer " + own);
            r.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 5000));
        }
        );
        yield return ("Idempotency-Key with CR/LF", r =>
        {
            Auth(r, "Bearer " + own);
            r.Headers.TryAddWithoutValidation("Idempotency-Key", "key\r\nX-Injected: 1");
        }
        );
        yield return ("Accept: application/xml, bad quality", r =>
        {
            Auth(r, "Bearer " + own);
            r.Headers.TryAddWithoutValidation("Accept", "application/xml;q=abc, */*;q=-1");
        }
        );
        yield return ("forwarded headers from an unknown proxy", r =>
        {
            Auth(r, "Bearer " + own);
            r.Headers.TryAddWithoutValidation("X-Forwarded-For", "10.0.0.1, not-an-address, ::1");
            r.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "gopher");
            r.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        }
        );
    }

    /// <summary>Query parameters: the handler's simple parameters that are neither route values, body, header nor services.</summary>
    private static List<(string Name, Type Type)> QueryParameters(RouteEndpoint endpoint, MethodInfo? handler)
    {
        if (handler is null)
        {
            return [];
        }

        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. handler.GetParameters()
            .Where(p => p.Name is not null && !routeNames.Contains(p.Name))
            .Where(p => p.GetCustomAttributes().All(a => a is not FromBodyAttribute and not FromHeaderAttribute and not FromServicesAttribute and not FromFormAttribute))
            .Select(p => (Name: p.Name!, Type: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Type.IsPrimitive || p.Type.IsEnum || p.Type == typeof(string) || p.Type == typeof(DateOnly) || p.Type == typeof(decimal) || p.Type == typeof(DateTime))];
    }

    /// <summary>A body the endpoint would accept (for the main routes, one that gets through its rules), personal values marked.</summary>
    private static string Baseline(string route, Type type, HostileWorld world)
    {
        var marker = HostileValues.Marker;
        JsonNode? known = route switch
        {
            "POST /api/applications" => HostileWorld.Application(1),
            "POST /api/eligibility" => new JsonObject { ["complaints"] = HostileWorld.Application()["complaints"]!.DeepClone(), ["hateMotivated"] = false },
            "POST /api/auth/login" => new JsonObject { ["email"] = HostileValues.Emails[0], ["password"] = "wrong password " + marker },
            "POST /api/auth/forgotten-password" => new JsonObject { ["email"] = HostileValues.Emails[1] },
            "POST /api/auth/set-password" => new JsonObject { ["userId"] = world.Targets["userId"][0], ["token"] = "not-a-token", ["password"] = "a long new passphrase " + marker },
            "POST /api/auth/change-password" => new JsonObject { ["currentPassword"] = "not the current password " + marker, ["newPassword"] = "another long passphrase " + marker },
            "POST /api/admin/users" => new JsonObject { ["email"] = HostileValues.Emails[0], ["password"] = "a long enough passphrase " + marker, ["roles"] = new JsonArray("CaseOfficer"), ["name"] = HostileValues.Names[0] },
            "PUT /api/admin/users/{id}" => new JsonObject { ["roles"] = new JsonArray("PanelMember"), ["agency"] = "Council", ["name"] = HostileValues.Names[1] },
            "POST /api/admin/agencies" => new JsonObject { ["name"] = "Hostile Partner", ["kind"] = "Other", ["contactEmail"] = "asb@partner.example" },
            "PUT /api/admin/agencies/{id:int}" => new JsonObject { ["name"] = "Hostile Input Housing", ["kind"] = "Other", ["contactEmail"] = "asb@housing.example", ["active"] = true },
            "POST /api/cases/{reference}/schedule-review" => new JsonObject { ["meetingAt"] = "2026-11-25T10:00:00Z", ["panel"] = new JsonArray(new JsonObject { ["agency"] = "Police" }) },
            "POST /api/cases/{reference}/record-review" => new JsonObject
            {
                ["findings"] = "Agencies had not shared reports about " + marker,
                ["applicantSummary"] = "The police will patrol the footpaths near " + marker,
                ["recommendations"] = new JsonArray(new JsonObject { ["action"] = "Patrol", ["ownerAgency"] = "Police", ["lead"] = "Sergeant " + marker, ["dueDate"] = "2027-01-15" }),
            },
            "POST /api/cases/{reference}/threshold-decision" => new JsonObject { ["met"] = true, ["reason"] = "Three complaints from " + marker },
            "POST /api/cases/{reference}/appeal-decision" => new JsonObject { ["upheld"] = true, ["reason"] = "Upheld for " + marker },
            "POST /api/cases/{reference}/panel-responses" => new JsonObject { ["agency"] = "Police", ["knew"] = "Reports from " + marker, ["did"] = "Patrols." },
            "POST /api/cases/{reference}/recommendations/{recommendationId:int}/status" => new JsonObject { ["status"] = "InProgress", ["note"] = "Started for " + marker },
            "POST /api/cases/{reference}/applicant-consultation" => new JsonObject { ["consultedOn"] = "2026-11-02", ["how"] = "Phone", ["comments"] = "Spoke to " + marker },
            "POST /api/cases/{reference}/links" => new JsonObject { ["otherReference"] = world.Targets["otherReference"][0], ["reason"] = "Same neighbour as " + marker },
            "POST /api/cases/{reference}/assign" => new JsonObject { ["officerEmail"] = CaseReviewApp.AdminEmail },
            "POST /api/cases/{reference}/deadlines/{stage}/extend" => new JsonObject { ["dueDate"] = "2027-06-01", ["reason"] = "Asked by " + marker },
            "POST /api/track/{trackingCode}/appeal" => new JsonObject { ["grounds"] = "The review ignored " + marker },
            _ => null,
        };
        return (known ?? Generated(type, 0) ?? new JsonObject()).ToJsonString();
    }

    internal static string Short(string value)
    {
        var visible = new string([.. value.Take(60).Select(c => char.IsControl(c) ? '·' : c)]);
        return value.Length > 60 ? $"{visible}... ({value.Length} chars)" : visible;
    }
}
