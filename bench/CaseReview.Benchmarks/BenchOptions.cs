using System.Globalization;

namespace CaseReview.Benchmarks;

/// <summary>
/// <c>[all|submit|reads|generate] --clients 1,32 --seconds 15 --cases 100000 --seed 1 --out file.db --database sqlite|postgresql --connection "Host=…" --app path/to/CaseReview.Web.dll --assert</c>
/// </summary>
public sealed record BenchOptions(string Command, int[] Clients, int Seconds, int[] Cases, int Seed, string? Out, string? AppDll, bool Assert)
{
    /// <summary><c>generate</c> only: <c>postgresql</c> fills the empty database at <see cref="Connection"/> instead of a SQLite file.</summary>
    public string Database { get; init; } = "sqlite";

    public string? Connection { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions("all", [1, 32], 15, [100_000], 1, null, null, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "all" or "submit" or "reads" or "generate" => options with { Command = args[i] },
                "--clients" => options with { Clients = Numbers(args[++i]) },
                "--seconds" => options with { Seconds = Math.Clamp(int.Parse(args[++i], CultureInfo.InvariantCulture), 1, 300) },
                "--cases" => options with { Cases = Numbers(args[++i]) },
                "--seed" => options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) },
                "--out" => options with { Out = args[++i] },
                "--database" => options with { Database = args[++i] },
                "--connection" => options with { Connection = args[++i] },
                "--app" => options with { AppDll = args[++i] },
                "--assert" => options with { Assert = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static int[] Numbers(string list) => [.. list.Split(',').Select(c => int.Parse(c.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))];
}
