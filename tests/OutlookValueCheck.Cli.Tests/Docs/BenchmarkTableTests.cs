using OutlookValueCheck.Benchmarks;

namespace OutlookValueCheck.Cli.Tests.Docs;

/// <summary>The README's speed numbers are a saved BenchmarkDotNet run's, regenerated, never typed in.</summary>
public sealed class BenchmarkTableTests
{
    private static readonly string Results = Path.Combine(RepositoryPaths.Root, "docs", "benchmarks", "results");

    [Fact]
    public void The_readme_table_is_what_the_saved_run_makes()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Equal(ReadmeTable.Build(Results), ReadmeTable.Current(readme));
    }

    [Fact]
    public void The_saved_run_measures_every_judge_and_names_its_machine()
    {
        var table = ReadmeTable.Build(Results);

        Assert.StartsWith("Machine: BenchmarkDotNet", table, StringComparison.Ordinal);
        foreach (var judge in new[] { "lexicon", "model", "combined" })
            Assert.Contains($"| check 2 KB, 5 recipients | {judge} |", table, StringComparison.Ordinal);
        Assert.Contains("| audit 10,000-message mbox | combined |", table, StringComparison.Ordinal);
        Assert.Contains("| load the sentence model (once per process) |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriting_without_markers_says_where_the_table_goes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReadmeTable.Rewrite("# A readme without a table\n", "| t |\n"));

        Assert.Contains(ReadmeTable.Begin, error.Message, StringComparison.Ordinal);
    }
}
