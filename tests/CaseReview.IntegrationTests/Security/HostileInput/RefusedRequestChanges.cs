namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// What a refused request (4xx, or a dropped honeypot post) may change, kept small on purpose: new lines in the audit
/// trail, and only of these actions, holding none of the personal data sent:
/// <list type="bullet">
/// <item>a refused sign-in or password change (the trail is how a council sees guessing; the line names no account);</item>
/// <item>"case.viewed": a staff case form that then refused the action (403 "not now", or 404 for a complaint,
/// stage or recommendation the case does not have) first read the case for a caller allowed to see it, and the trail
/// records every read of a case, as it should;</item>
/// <item>"account.listed": the administrator's account page, for an account that does not exist (404), read the list.</item>
/// </list>
/// No other table may change, nor the audit trail by any other action, update or delete.
/// </summary>
internal static class RefusedRequestChanges
{
    public static readonly IReadOnlySet<string> AuditedRefusals = new HashSet<string>(StringComparer.Ordinal)
    {
        "auth.login-failed",
        "auth.login-throttled",
        "auth.password-change-failed",
        "auth.password-change-throttled",
        "case.viewed",
        "account.listed",
    };

    /// <summary>The changes not in the exception list (empty when the request changed only what it may).</summary>
    public static IReadOnlyList<string> Unexplained(IReadOnlyList<TableChanges.Change> changes, TableChanges tables)
    {
        var unexplained = new List<string>();
        foreach (var change in changes)
        {
            if (change is { Table: "AuditEntries", Kind: "INSERT", RowKey: { } key })
            {
                var row = tables.Row("AuditEntries", key);
                var action = row.GetValueOrDefault("Action");
                var personal = row.Values.Any(v => v is not null && HostileValues.Watched.Any(w => v.Contains(w, StringComparison.OrdinalIgnoreCase)));
                if (action is not null && AuditedRefusals.Contains(action) && !personal)
                {
                    continue;
                }

                unexplained.Add($"{change} action={action} actor={row.GetValueOrDefault("ActorName")} detail={row.GetValueOrDefault("Detail")}{(personal ? " (holds personal data)" : string.Empty)}");
                continue;
            }

            unexplained.Add(change.ToString());
        }

        return unexplained;
    }
}
