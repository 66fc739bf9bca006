using System.Globalization;
using System.Text;
using CsvHelper;

namespace OutlookValueCheck.Benchmarks;

/// <summary>
/// The README's benchmark table, built from the summaries BenchmarkDotNet exported into docs/benchmarks, so the
/// numbers in the README are always those of a saved run and never typed in. A test compares the README with what
/// this builds from the saved files.
/// </summary>
public static class ReadmeTable
{
    public const string Begin = "<!-- benchmark table: made by `dotnet run -c Release --project tests/OutlookValueCheck.Benchmarks -- --readme` from docs/benchmarks; not edited by hand -->";
    public const string End = "<!-- end of benchmark table -->";

    /// <summary>The saved summaries, in the order the table shows them.</summary>
    private static readonly string[] Suites = ["CheckBenchmarks", "AuditBenchmarks", "ModelBenchmarks"];

    /// <summary>What issue 16 asks of each benchmark (by its description), shown beside the number.</summary>
    private static readonly Dictionary<string, string> Targets = new(StringComparer.Ordinal)
    {
        ["check 2 KB, 5 recipients"] = "≤ 150 µs with combined",
        ["check 2 KB German, 5 recipients"] = "≤ 150 µs with combined",
        ["check 50 KB, 5 recipients"] = "≤ 3 ms",
        ["audit 10,000-message mbox"] = "≥ 2,000 messages/s",
        ["load the sentence model (once per process)"] = "≤ 500 ms, ≤ 50 MB",
    };

    public static string Build(string resultsDirectory)
    {
        var table = new StringBuilder();
        table.Append(Machine(resultsDirectory)).Append("\n\n");
        table.Append("| benchmark | judge | mean | std. dev. | allocated | target |\n");
        table.Append("| --- | --- | ---: | ---: | ---: | --- |\n");
        foreach (var suite in Suites)
        {
            foreach (var row in Rows(Path.Combine(resultsDirectory, $"OutlookValueCheck.Benchmarks.{suite}-report.csv")))
            {
                var mean = row["Mean"];
                if (suite == "AuditBenchmarks")
                    mean += string.Create(CultureInfo.InvariantCulture, $" (≈{AuditBenchmarks.Messages / Seconds(mean):N0} messages/s)");
                table.Append(CultureInfo.InvariantCulture,
                    $"| {row["Method"]} | {row.GetValueOrDefault("Judge", "")} | {mean} | {row["StdDev"]} | {row["Allocated"]} | {Targets.GetValueOrDefault(row["Method"], "")} |\n");
            }
        }
        return table.ToString();
    }

    /// <summary>The README with its table replaced; the markers must be there once each, in order.</summary>
    public static string Rewrite(string readme, string table)
    {
        var (start, end) = TableIn(readme)
            ?? throw new InvalidOperationException($"README.md has no benchmark table markers: put \"{Begin}\" and \"{End}\" where the table goes.");
        return string.Concat(readme.AsSpan(0, start), "\n", table, readme.AsSpan(end));
    }

    /// <summary>The table as the README holds it now (between the markers), or null when it has none.</summary>
    public static string? Current(string readme) => TableIn(readme) is (int start, int end) ? readme[(start + 1)..end] : null;

    /// <summary>Where the table sits: just after the begin marker, up to the end marker; null without both in order.</summary>
    private static (int Start, int End)? TableIn(string readme)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : (begin + Begin.Length, end);
    }

    /// <summary>The machine and runtime lines BenchmarkDotNet writes at the top of its GitHub summary.</summary>
    private static string Machine(string resultsDirectory)
    {
        var summary = File.ReadAllLines(Path.Combine(resultsDirectory, $"OutlookValueCheck.Benchmarks.{Suites[0]}-report-github.md"));
        var environment = summary.SkipWhile(line => !line.StartsWith("BenchmarkDotNet", StringComparison.Ordinal)).TakeWhile(line => !line.StartsWith("```", StringComparison.Ordinal))
            .Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('[')).Take(3);
        return "Machine: " + string.Join("; ", environment) + ".";
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string csvFile)
    {
        using var reader = new CsvReader(new StreamReader(csvFile), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.ToDictionary(name => name, name => (name == "Method" ? reader.GetField(name)!.Trim('\'') : reader.GetField(name)!), StringComparer.Ordinal));
        // BenchmarkDotNet orders rows by parameter value; the table reads better benchmark by benchmark.
        return rows.OrderBy(row => row["Method"], StringComparer.Ordinal).ThenBy(row => JudgeOrder(row.GetValueOrDefault("Judge", "")));
    }

    private static int JudgeOrder(string judge) => judge switch { "lexicon" => 0, "model" => 1, _ => 2 };

    /// <summary>A BenchmarkDotNet duration ("971.8 ms", "97.38 μs") in seconds.</summary>
    private static double Seconds(string duration)
    {
        var parts = duration.Split(' ');
        var value = double.Parse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture);
        return value * parts[1] switch { "ns" => 1e-9, "μs" or "us" => 1e-6, "ms" => 1e-3, "s" => 1, var unit => throw new FormatException($"Unknown unit '{unit}' in '{duration}'.") };
    }
}
