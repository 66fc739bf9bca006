using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Benchmarks;

/// <summary>What the service pays once at start: the sentence model read from Core's resources.</summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    [Benchmark(Description = "load the sentence model (once per process)")]
    public SentenceModel LoadModel()
    {
        using var stream = typeof(SentenceModel).Assembly.GetManifestResourceStream(ShippedSentenceModel.ResourceName)!;
        return SentenceModelFile.Read(stream);
    }

    // Lingua's language models are not measured here: Lingua keeps them in static caches, so every call after the
    // first costs microseconds and BenchmarkDotNet would report that. The README gives a stopwatch on a fresh process.
}
