using BenchmarkDotNet.Running;
using OutlookValueCheck.Benchmarks;

// `-- --readme` rewrites the README's benchmark table from the saved run in docs/benchmarks/results; anything else
// runs benchmarks (the README says how to save a run there).
if (args is ["--readme"])
{
    var root = Directory.GetCurrentDirectory();
    while (!File.Exists(Path.Combine(root, "OutlookValueCheck.sln")))
        root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run this from inside the repository (OutlookValueCheck.sln not found above the current folder).");
    var readme = Path.Combine(root, "README.md");
    File.WriteAllText(readme, ReadmeTable.Rewrite(File.ReadAllText(readme), ReadmeTable.Build(Path.Combine(root, "docs", "benchmarks", "results"))));
    Console.WriteLine($"Rewrote the benchmark table in {readme} from docs/benchmarks/results.");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args);
