using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>
/// Trains the sentence model with ML.NET's maximum-entropy (multinomial logistic regression) trainer on
/// <see cref="SentenceFeatures"/>, and checks that Core's own scorer reproduces ML.NET's probabilities.
/// </summary>
public static class SentenceTrainer
{
    /// <summary>
    /// How far Core's probabilities may stray from ML.NET's on any sentence: Core scores with the weights rounded to
    /// 16 bits (<see cref="SentenceModel"/>), which moved a probability by at most 1.2e-4 on the 37,931 training
    /// sentences of decision 101 (float rounding alone, under 1e-5).
    /// </summary>
    public const float Tolerance = 5e-4f;

    public sealed class Row
    {
        public string Label { get; set; } = "";

        public float Weight { get; set; } = 1f;

        [VectorType(SentenceFeatures.Buckets)]
        public VBuffer<float> Features { get; set; }
    }

    public sealed class Scores
    {
        public float[] Score { get; set; } = [];
    }

    public sealed record Trained(SentenceModel Model, ITransformer Transformer, MLContext Context);

    public static Trained Train(IReadOnlyList<TrainingSentence> sentences, TrainerOptions options, string fingerprint)
    {
        var context = new MLContext(options.Seed);
        // A sentence of a rare label weighs (most common label's count / its label's count)^SentenceClassWeighting.
        var counts = sentences.CountBy(sentence => sentence.Label).ToDictionary();
        var most = counts.Values.Max();
        var data = context.Data.LoadFromEnumerable(sentences.Select(sentence =>
            RowOf(sentence, MathF.Pow((float)most / counts[sentence.Label], options.SentenceClassWeighting))));
        // Labels become keys in the order of their names; the class index of a weight is that key's position.
        var keys = context.Transforms.Conversion.MapValueToKey(nameof(Row.Label), keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var trainer = context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = options.L2Regularization,
            L1Regularization = 0f,
            MaximumNumberOfIterations = options.Iterations,
            NumberOfThreads = 1,
            Shuffle = true,
        });
        var pipeline = keys.Fit(data);
        var keyed = pipeline.Transform(data);
        var predictor = trainer.Fit(keyed);
        var transformer = pipeline.Append(predictor);

        VBuffer<ReadOnlyMemory<char>> names = default;
        keyed.Schema[nameof(Row.Label)].GetKeyValues(ref names);
        var classes = names.DenseValues()
            .Select(name => SentenceLabels.TryParse(name.ToString(), out var label) ? label : throw new InvalidOperationException($"unknown class '{name}'"))
            .ToList();

        VBuffer<float>[] weights = [];
        predictor.Model.GetWeights(ref weights, out var classCount);
        if (classCount != classes.Count)
            throw new InvalidOperationException($"the trainer made {classCount} classes of {classes.Count} labels.");
        var dense = new float[SentenceFeatures.Buckets * classCount];
        for (var k = 0; k < classCount; k++)
        {
            foreach (var (bucket, weight) in weights[k].Items())
                dense[bucket * classCount + k] = weight;
        }
        var biases = predictor.Model.GetBiases().ToArray();
        var described = counts.OrderBy(entry => entry.Key)
            .Select(entry => string.Create(CultureInfo.InvariantCulture, $"{entry.Key.Name()} {entry.Value}"));
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{sentences.Count} sentences from {sentences.Select(s => s.MailId).Distinct().Count()} mails ({string.Join(", ", described)}); {options}");
        var model = new SentenceModel(fingerprint, description, classes, biases, dense, LanguagesRead(sentences));
        return new Trained(model, transformer, context);
    }

    /// <summary>A model reads a language it learnt from at least this many labeled sentences (issue 18's floor).</summary>
    public const int MinSentencesPerLanguage = 1_500;

    /// <summary>The training folders' languages ("en/logistics.jsonl:17" is English) with enough sentences to read them.</summary>
    private static string[] LanguagesRead(IReadOnlyList<TrainingSentence> sentences) =>
        [.. sentences.GroupBy(sentence => sentence.Source.Split('/')[0], StringComparer.Ordinal)
            .Where(language => language.Count() >= MinSentencesPerLanguage)
            .Select(language => language.Key).Order(StringComparer.Ordinal)];

    /// <summary>The largest difference between ML.NET's and Core's probability of any class on any of the sentences.</summary>
    public static float LargestDifference(Trained trained, IEnumerable<TrainingSentence> sentences)
    {
        var engine = trained.Context.Model.CreatePredictionEngine<Row, Scores>(trained.Transformer);
        Span<float> ours = stackalloc float[SentenceLabels.Count];
        var largest = 0f;
        foreach (var sentence in sentences)
        {
            var theirs = engine.Predict(new Row { Label = SentenceLabel.Other.Name(), Features = FeaturesOf(sentence) }).Score;
            trained.Model.Predict(sentence.Text, sentence.Previous, sentence.Next, sentence.Subject, ours);
            for (var k = 0; k < theirs.Length; k++)
                largest = MathF.Max(largest, MathF.Abs(theirs[k] - ours[(int)trained.Model.Classes[k]]));
        }
        return largest;
    }

    /// <summary>The sentence as ML.NET's sparse vector: its distinct buckets in ascending order, each 1/√n.</summary>
    public static VBuffer<float> FeaturesOf(TrainingSentence sentence)
    {
        var found = new int[SentenceFeatures.MaxFeatures];
        var count = SentenceFeatures.Extract(sentence.Text, sentence.Previous, sentence.Next, sentence.Subject, found);
        var buckets = found[..count];
        Array.Sort(buckets);
        var values = Enumerable.Repeat(SentenceFeatures.ValueOf(count), count).ToArray();
        return new VBuffer<float>(SentenceFeatures.Buckets, count, values, buckets);
    }

    private static Row RowOf(TrainingSentence sentence, float weight) =>
        new() { Label = sentence.Label.Name(), Weight = weight, Features = FeaturesOf(sentence) };
}
