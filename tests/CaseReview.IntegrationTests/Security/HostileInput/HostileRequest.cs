namespace CaseReview.IntegrationTests.Security.HostileInput;

/// <summary>
/// One generated request: the route it is aimed at (as the route table names it, "POST /api/cases/{reference}/close"),
/// who sends it, what kind of hostility it carries (for the figures) and what exactly (for a failure message).
/// </summary>
internal sealed record HostileRequest(string Route, HostileCaller Caller, string Kind, string Description, Func<HttpRequestMessage> Build)
{
    public override string ToString() => $"{Caller} {Route} [{Kind}] {Description}";
}
