namespace CaseReview.Domain.Tests.Docs;

/// <summary>
/// The staff pages ask the case what the caller may do (its allowed actions and permissions); they never work it
/// out from the status or by comparing an agency with the signed-in user's, which would drift from the aggregate.
/// </summary>
public sealed class PagesAskTheCaseTests
{
    // Reading the user's agency claim is the first step of comparing it with a case's agencies.
    private static readonly string[] Forbidden = ["CaseStatus.", "StaffClaims.Agency"];

    [Fact]
    public void NoPageOrView_TestsAStatusOrAnAgencyItself()
    {
        var pages = Path.Combine(RepositoryRoot(), "src", "CaseReview.Web", "Pages");
        var offences = Directory.EnumerateFiles(pages, "*.cshtml*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cshtml.cs", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Forbidden.Any(word => l.Text.Contains(word, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(pages, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offences.Count == 0, "Pages decide what the caller may do instead of asking the case (CaseDetail.Permissions, AllowedActions):\n" + string.Join("\n", offences));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CaseReview.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CaseReview.sln).");
    }
}
