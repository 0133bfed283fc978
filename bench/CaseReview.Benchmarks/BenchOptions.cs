using System.Globalization;

namespace CaseReview.Benchmarks;

/// <summary><c>--clients 1,32 --seconds 15 --app path/to/CaseReview.Web.dll --assert</c></summary>
public sealed record BenchOptions(int[] Clients, int Seconds, string? AppDll, bool Assert)
{
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions([1, 32], 15, null, false);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--clients" => options with { Clients = [.. args[++i].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))] },
                "--seconds" => options with { Seconds = Math.Clamp(int.Parse(args[++i], CultureInfo.InvariantCulture), 1, 300) },
                "--app" => options with { AppDll = args[++i] },
                "--assert" => options with { Assert = true },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }
}
