using System.Text;

namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>What the suite sent and what it found: the figures for the issue's closing note and each failure in full.</summary>
internal sealed class HostileReport
{
    private const int Kept = 80;

    private readonly Dictionary<string, int> _byKind = [];
    private readonly Dictionary<HostileCaller, int> _byCaller = [];
    private readonly Dictionary<int, int> _byStatus = [];
    private readonly Dictionary<string, int> _byRoute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _allowedChanges = [];
    private readonly Dictionary<string, (int Count, string Example)> _serverErrors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, string Example)> _tableChanges = new(StringComparer.Ordinal);
    private readonly List<string> _notSent = [];

    public int Total { get; private set; }

    public int ServerErrors { get; private set; }

    public int TablesChanged { get; private set; }

    public int NotSentCount { get; private set; }

    public IReadOnlyDictionary<string, int> ByRoute => _byRoute;

    /// <summary>The 5xx answers, one line per route and cause (the first lines of what the host logged), with a count and an example.</summary>
    public IEnumerable<string> ServerErrorDetails => Grouped(_serverErrors);

    /// <summary>The refused requests that changed a table, one line per route and change, with a count and an example.</summary>
    public IEnumerable<string> TableChangeDetails => Grouped(_tableChanges);

    public void Sent(HostileRequest request, int status)
    {
        Total++;
        Add(_byKind, request.Kind);
        _byCaller[request.Caller] = _byCaller.GetValueOrDefault(request.Caller) + 1;
        _byStatus[status] = _byStatus.GetValueOrDefault(status) + 1;
        Add(_byRoute, request.Route);
    }

    public void NotSent(HostileRequest request, Exception ex)
    {
        NotSentCount++;
        if (_notSent.Count < 10)
        {
            _notSent.Add($"{request}: {ex.GetType().Name}");
        }
    }

    public void ServerError(HostileRequest request, int status, string body, string? hostError)
    {
        ServerErrors++;
        var cause = string.Join(" / ", (hostError ?? "-").Split('\n').Take(3).Select(l => l.Trim()));
        Group(_serverErrors, $"{status} {request.Route}: {Cut(cause, 500)}", $"{Cut(request.ToString(), 300)} -> {Cut(body, 200)}\n    {Cut(hostError ?? "-", 2500)}");
    }

    public void RefusedChange(HostileRequest request, int status, IReadOnlyList<TableChanges.Change> changes, IReadOnlyList<string> unexplained)
    {
        if (unexplained.Count == 0)
        {
            foreach (var change in changes)
            {
                Add(_allowedChanges, change.Table);
            }

            return;
        }

        TablesChanged++;
        var what = string.Join("; ", unexplained.Select(u => System.Text.RegularExpressions.Regex.Replace(u, "#[0-9]+", "#n")).Distinct());
        Group(_tableChanges, $"{status} {request.Route}: {Cut(what, 400)}", Cut(request.ToString(), 300));
    }

    public string Summary(TimeSpan elapsed, int routes, int logMessages, int logLeaks)
    {
        var text = new StringBuilder();
        text.AppendLine($"Requests sent: {Total} in {elapsed.TotalSeconds:F1} s to {routes} routes ({NotSentCount} more refused by the client library before sending)");
        text.AppendLine($"5xx seen: {ServerErrors}; tables changed after a refused request: {TablesChanged}; log messages checked: {logMessages}, holding personal data: {logLeaks}");
        text.AppendLine("By caller: " + string.Join(", ", _byCaller.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        text.AppendLine("By kind: " + string.Join(", ", _byKind.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
        text.AppendLine("By status: " + string.Join(", ", _byStatus.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
        text.AppendLine("Allowed changes after refused requests (rows): " + (_allowedChanges.Count == 0 ? "none" : string.Join(", ", _allowedChanges.Select(p => $"{p.Key} {p.Value}"))));
        foreach (var line in _notSent)
        {
            text.AppendLine("Not sent: " + line);
        }

        return text.ToString();
    }

    private static void Group(Dictionary<string, (int Count, string Example)> groups, string key, string example)
    {
        if (groups.TryGetValue(key, out var group))
        {
            groups[key] = (group.Count + 1, group.Example);
        }
        else if (groups.Count < Kept)
        {
            groups[key] = (1, example);
        }
    }

    private static IEnumerable<string> Grouped(Dictionary<string, (int Count, string Example)> groups) =>
        groups.OrderByDescending(g => g.Value.Count).Select(g => $"{g.Value.Count} x {g.Key}\n    e.g. {g.Value.Example}");

    private static void Add<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "...";
}
