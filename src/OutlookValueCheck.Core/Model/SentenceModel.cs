namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The trained sentence classifier: a linear model over <see cref="SentenceFeatures"/> with a softmax (ML.NET's
/// maximum-entropy trainer learns it; this class only predicts). Immutable once loaded, so one instance serves every
/// thread; a prediction allocates nothing.
/// </summary>
public sealed class SentenceModel
{
    private readonly float[] _rows; // Buckets × stride: a feature's class weights side by side, padded to whole vectors
    private readonly float[] _biases;

    /// <summary>Floats per feature row in memory: the classes rounded up to a whole number of SIMD vectors.</summary>
    private readonly int _stride;
    private readonly SentenceLabel[] _classes;

    [ThreadStatic]
    private static int[]? _buckets;

    /// <param name="languages">The languages (ISO 639-1) it was trained in with enough sentences to read them; English by default.</param>
    public SentenceModel(string fingerprint, string description, IReadOnlyList<SentenceLabel> classes, float[] biases, float[] weights,
        IReadOnlyList<string>? languages = null)
    {
        Languages = [.. languages ?? ["en"]];
        if (classes.Count == 0 || biases.Length != classes.Count || weights.Length != SentenceFeatures.Buckets * classes.Count)
            throw new ArgumentException("classes, biases and weights disagree in size.");
        Fingerprint = fingerprint;
        Description = description;
        _classes = [.. classes];
        _biases = biases;
        var width = System.Numerics.Vector<float>.Count;
        _stride = (classes.Count + width - 1) / width * width;
        _rows = new float[SentenceFeatures.Buckets * _stride];
        for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
            weights.AsSpan(bucket * classes.Count, classes.Count).CopyTo(_rows.AsSpan(bucket * _stride));
    }

    /// <summary>A model that shares this one's sentence weights and reads mails with <paramref name="intents"/>.</summary>
    public SentenceModel WithIntents(MailIntentModel intents)
    {
        ArgumentNullException.ThrowIfNull(intents);
        return new SentenceModel(this, intents);
    }

    private SentenceModel(SentenceModel sentences, MailIntentModel intents)
    {
        Fingerprint = sentences.Fingerprint;
        Description = sentences.Description;
        Languages = sentences.Languages;
        _classes = sentences._classes;
        _biases = sentences._biases;
        _stride = sentences._stride;
        _rows = sentences._rows;
        Intents = intents;
    }

    /// <summary>
    /// How the mail's sentences become its intents, trained with it. Null only in a sentence model made during
    /// training to read mails out of fold; a model file always has one.
    /// </summary>
    public MailIntentModel? Intents { get; }

    /// <summary>SHA-256 (hex) of the training data, the feature version and the trainer's options the model was made from.</summary>
    public string Fingerprint { get; }

    /// <summary>What it was trained on, in words ("5,145 sentences from 4 files…").</summary>
    public string Description { get; }

    /// <summary>The languages it reads: those it was trained in with enough labeled sentences (ISO 639-1).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The classes in the order of the weights.</summary>
    public IReadOnlyList<SentenceLabel> Classes => _classes;

    /// <summary>The weights as trained (buckets × classes, unpadded): a copy, for writing the model file and for tests.</summary>
    internal float[] Weights
    {
        get
        {
            var weights = new float[SentenceFeatures.Buckets * _classes.Length];
            for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
                _rows.AsSpan(bucket * _stride, _classes.Length).CopyTo(weights.AsSpan(bucket * _classes.Length));
            return weights;
        }
    }

    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>
    /// The probability of each label for the sentence, written to <paramref name="probabilities"/> indexed by
    /// <see cref="SentenceLabel"/> (a label the model has no class for gets 0).
    /// </summary>
    public void Predict(ReadOnlySpan<char> sentence, Span<float> probabilities)
    {
        var buckets = _buckets ??= new int[SentenceFeatures.MaxFeatures];
        var count = SentenceFeatures.Extract(sentence, buckets);
        var value = SentenceFeatures.ValueOf(count);
        var classCount = _classes.Length;
        // One row of weights per feature occurrence, added a vector at a time (12 classes: two 8-float adds).
        Span<float> scores = stackalloc float[_stride];
        scores.Clear();
        var sums = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(scores);
        var rows = _rows.AsSpan();
        for (var i = 0; i < count; i++)
        {
            var row = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(rows.Slice(buckets[i] * _stride, _stride));
            for (var v = 0; v < sums.Length; v++)
                sums[v] += row[v];
        }
        var max = float.NegativeInfinity;
        for (var k = 0; k < classCount; k++)
        {
            scores[k] = scores[k] * value + _biases[k];
            max = MathF.Max(max, scores[k]);
        }
        var sum = 0f;
        for (var k = 0; k < classCount; k++)
        {
            scores[k] = MathF.Exp(scores[k] - max);
            sum += scores[k];
        }
        probabilities.Clear();
        for (var k = 0; k < classCount; k++)
            probabilities[(int)_classes[k]] = scores[k] / sum;
    }
}
