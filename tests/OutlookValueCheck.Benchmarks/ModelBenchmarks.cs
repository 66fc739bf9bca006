using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Languages;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Benchmarks;

/// <summary>What the service pays once at start: the sentence model read from Core's resources, Lingua's models.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    [Benchmark(Description = "load the sentence model (once per process)")]
    public SentenceModel LoadModel()
    {
        using var stream = typeof(SentenceModel).Assembly.GetManifestResourceStream(ShippedSentenceModel.ResourceName)!;
        return SentenceModelFile.Read(stream);
    }

    [Benchmark(Description = "load the language identifier (once per process)")]
    public LanguageIdentifier LoadLanguages() => new();
}
