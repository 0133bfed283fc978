using CaseReview.Domain.Applications;

namespace CaseReview.Domain.Tests.Docs;

/// <summary>The README's workflow diagram is generated from the state machine and must stay in step with it.</summary>
public sealed class ReadmeDiagramTests
{
    private const string Start = "<!-- workflow-diagram:start -->";
    private const string End = "<!-- workflow-diagram:end -->";

    [Fact]
    public void ReadmeDiagram_MatchesTheStateMachine()
    {
        var readme = Path.Combine(RepositoryRoot(), "README.md");
        var text = File.ReadAllText(readme).Replace("\r\n", "\n");
        var from = text.IndexOf(Start, StringComparison.Ordinal);
        var to = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "README.md lacks the workflow-diagram markers.");

        var expected = $"{Start}\n```mermaid\n{CaseApplication.WorkflowDiagram().Replace("\r\n", "\n").Trim()}\n```\n{End}";
        var actual = text[from..(to + End.Length)];
        if (actual != expected && Environment.GetEnvironmentVariable("UPDATE_README_DIAGRAM") == "1")
        {
            File.WriteAllText(readme, text.Replace(actual, expected));
            return;
        }

        Assert.True(actual == expected, "The README's workflow diagram is out of date: run the tests once with UPDATE_README_DIAGRAM=1.");
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
