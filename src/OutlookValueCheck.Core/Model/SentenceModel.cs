using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The trained sentence classifier: a linear model over <see cref="SentenceFeatures"/> with a softmax (ML.NET's
/// maximum-entropy trainer learns it; this class only predicts). Immutable once loaded, so one instance serves every
/// thread; a prediction allocates nothing.
/// </summary>
/// <remarks>
/// The weights are held as 16-bit integers, a scale per class (the class's largest weight is 32,767), and summed as
/// 32-bit integers: half the memory of floats, so a mail's rows stay in the processor's cache, and a sum that is
/// the same whatever the order of the adds. The rounding moves a probability by less than
/// <c>SentenceTrainer.Tolerance</c> on every training sentence (<c>ShippedModelTests</c>).
/// </remarks>
public sealed class SentenceModel
{
    private readonly short[] _rows; // Buckets × Stride: a feature's class weights side by side, padded with zeros
    private readonly float[] _scales; // Stride: what one unit of a class's integer weight is worth
    private readonly float[] _biases;
    private readonly SentenceLabel[] _classes;

    /// <summary>Weights per feature row in memory: room for up to 16 classes, so a row is one 32-byte vector.</summary>
    private const int Stride = 16;

    /// <summary>How the weights are held when scoring, for the model's fingerprint: the mail-intent model learns from these scores.</summary>
    public const string Scoring = "weights int16, a scale per class";

    /// <summary>The integer a class's largest weight becomes.</summary>
    private const int Largest = short.MaxValue;

    [ThreadStatic]
    private static int[]? _buckets;

    /// <param name="languages">The languages (ISO 639-1) it was trained in with enough sentences to read them; English by default.</param>
    public SentenceModel(string fingerprint, string description, IReadOnlyList<SentenceLabel> classes, float[] biases, float[] weights,
        IReadOnlyList<string>? languages = null)
    {
        Languages = [.. languages ?? ["en"]];
        if (classes.Count == 0 || biases.Length != classes.Count || weights.Length != SentenceFeatures.Buckets * classes.Count)
            throw new ArgumentException("classes, biases and weights disagree in size.");
        if (classes.Count > Stride)
            throw new ArgumentException($"A sentence model has at most {Stride} classes; this one has {classes.Count}.");
        Fingerprint = fingerprint;
        Description = description;
        _classes = [.. classes];
        _biases = biases;
        (_rows, _scales) = Quantize(weights, classes.Count);
    }

    /// <summary>The weights (buckets × classes) as padded integer rows and a scale per class.</summary>
    private static (short[] Rows, float[] Scales) Quantize(float[] weights, int classCount)
    {
        var scales = new float[Stride];
        for (var k = 0; k < classCount; k++)
        {
            var largest = 0f;
            for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
                largest = MathF.Max(largest, MathF.Abs(weights[bucket * classCount + k]));
            scales[k] = largest == 0f ? 1f : largest / Largest;
        }
        var rows = new short[SentenceFeatures.Buckets * Stride];
        for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
        {
            for (var k = 0; k < classCount; k++)
                rows[bucket * Stride + k] = (short)Math.Clamp(MathF.Round(weights[bucket * classCount + k] / scales[k]), -Largest, Largest);
        }
        return (rows, scales);
    }

    /// <summary>A model that shares this one's sentence weights and reads mails with <paramref name="intents"/>.</summary>
    public SentenceModel WithIntents(MailIntentModel intents)
    {
        ArgumentNullException.ThrowIfNull(intents);
        return new SentenceModel(this, intents);
    }

    /// <summary>A model that shares this one's sentence weights and reads no mails: for training the mail-intent model.</summary>
    public SentenceModel WithoutIntents() => new(this, null);

    private SentenceModel(SentenceModel sentences, MailIntentModel? intents)
    {
        Fingerprint = sentences.Fingerprint;
        Description = sentences.Description;
        Languages = sentences.Languages;
        _classes = sentences._classes;
        _biases = sentences._biases;
        _rows = sentences._rows;
        _scales = sentences._scales;
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

    /// <summary>
    /// The weights as this model scores with them (buckets × classes, unpadded; the trained ones to 16-bit rounding):
    /// a copy, for writing the model file and for tests. Made into a model again, they give the same integers.
    /// </summary>
    internal float[] Weights
    {
        get
        {
            var classCount = _classes.Length;
            var weights = new float[SentenceFeatures.Buckets * classCount];
            for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
            {
                for (var k = 0; k < classCount; k++)
                    weights[bucket * classCount + k] = _rows[bucket * Stride + k] * _scales[k];
            }
            return weights;
        }
    }

    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>
    /// The probability of each label for the sentence, written to <paramref name="probabilities"/> indexed by
    /// <see cref="SentenceLabel"/> (a label the model has no class for gets 0), for a sentence of a mail between
    /// <paramref name="previous"/> and <paramref name="next"/> (empty at the mail's start and end) under the subject
    /// line <paramref name="subject"/> (empty for the subject line itself).
    /// </summary>
    public void Predict(ReadOnlySpan<char> sentence, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, ReadOnlySpan<char> subject, Span<float> probabilities)
    {
        var buckets = _buckets ??= new int[SentenceFeatures.MaxFeatures];
        Score(buckets.AsSpan(0, SentenceFeatures.Extract(sentence, previous, next, subject, buckets)), probabilities);
    }

    /// <summary>
    /// The same for a sentence whose neighbours' and subject's words are hashed already (<see cref="MailContext"/>,
    /// which hashes each sentence of a mail once rather than once for each sentence beside it).
    /// </summary>
    internal void Predict(ReadOnlySpan<char> sentence, ReadOnlySpan<int> context, Span<float> probabilities)
    {
        var buckets = _buckets ??= new int[SentenceFeatures.MaxFeatures];
        Score(buckets.AsSpan(0, SentenceFeatures.Extract(sentence, context, buckets, Vector256.IsHardwareAccelerated)), probabilities);
    }

    /// <summary>The softmax over the classes of a sentence with these distinct features.</summary>
    private void Score(ReadOnlySpan<int> buckets, Span<float> probabilities)
    {
        var value = SentenceFeatures.ValueOf(buckets.Length);
        var classCount = _classes.Length;
        Span<float> scores = stackalloc float[Stride];
        SumRows(buckets, scores);
        var max = float.NegativeInfinity;
        for (var k = 0; k < classCount; k++)
        {
            scores[k] = scores[k] * _scales[k] * value + _biases[k];
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

    /// <summary>A sentence on its own, with no mail around it (a subject line, or a sentence tried out).</summary>
    public void Predict(ReadOnlySpan<char> sentence, Span<float> probabilities) => Predict(sentence, [], [], [], probabilities);

    /// <summary>
    /// Adds up the integer weight rows of the sentence's features, two rows at a time into 32-bit sums held in
    /// registers (a row's 16 weights widen to two 8-integer vectors), and writes the sums as floats (still in units
    /// of each class's scale). Integers add up exactly, so every machine gets the same sums; they cannot overflow, as
    /// a sentence has at most <see cref="SentenceFeatures.MaxFeatures"/> (4,214) features of at most 32,767 each.
    /// </summary>
    private void SumRows(ReadOnlySpan<int> buckets, Span<float> sums)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        Vector256<int> low = default, high = default, otherLow = default, otherHigh = default;
        var i = 0;
        for (; i + 1 < buckets.Length; i += 2)
        {
            // A bucket is masked to the table's size when it is made, so each row is inside the array.
            var (firstLow, firstHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref rows, (nint)buckets[i] * Stride)));
            var (secondLow, secondHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref rows, (nint)buckets[i + 1] * Stride)));
            low += firstLow;
            high += firstHigh;
            otherLow += secondLow;
            otherHigh += secondHigh;
        }
        if (i < buckets.Length)
        {
            var (lastLow, lastHigh) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref rows, (nint)buckets[i] * Stride)));
            low += lastLow;
            high += lastHigh;
        }
        Vector256.ConvertToSingle(low + otherLow).CopyTo(sums);
        Vector256.ConvertToSingle(high + otherHigh).CopyTo(sums[Vector256<float>.Count..]);
    }
}
