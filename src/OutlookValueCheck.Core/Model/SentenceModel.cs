using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The trained sentence classifier: a linear model over <see cref="SentenceFeatures"/> with a softmax (ML.NET's
/// maximum-entropy trainer learns it; this class only predicts). Immutable once loaded, so one instance serves every
/// thread; a prediction allocates nothing.
/// </summary>
public sealed class SentenceModel
{
    private readonly float[] _rows; // Buckets × Stride: a feature's class weights side by side, padded with zeros
    private readonly float[] _biases;

    /// <summary>Floats per feature row in memory: room for up to 16 classes, so a row is one 64-byte cache line of two 8-float vectors.</summary>
    private const int Stride = 2 * 8;
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
        if (classes.Count > Stride)
            throw new ArgumentException($"A sentence model has at most {Stride} classes; this one has {classes.Count}.");
        Fingerprint = fingerprint;
        Description = description;
        _classes = [.. classes];
        _biases = biases;
        _rows = new float[SentenceFeatures.Buckets * Stride];
        for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
            weights.AsSpan(bucket * classes.Count, classes.Count).CopyTo(_rows.AsSpan(bucket * Stride));
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
                _rows.AsSpan(bucket * Stride, _classes.Length).CopyTo(weights.AsSpan(bucket * _classes.Length));
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

    /// <summary>A sentence on its own, with no mail around it (a subject line, or a sentence tried out).</summary>
    public void Predict(ReadOnlySpan<char> sentence, Span<float> probabilities) => Predict(sentence, [], [], [], probabilities);

    /// <summary>
    /// Adds up the weight rows of the sentence's features, two rows at a time into sums held in registers (two
    /// 8-float vectors a row). Adding into a span on the stack, one row at a time, took 27 µs of a 2 KB mail's
    /// sentences; this takes 11 µs (StageBenchmarks). The order of the adds is the same on every machine.
    /// </summary>
    private void SumRows(ReadOnlySpan<int> buckets, Span<float> sums)
    {
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        Vector256<float> low = default, high = default, otherLow = default, otherHigh = default;
        var i = 0;
        for (; i + 1 < buckets.Length; i += 2)
        {
            // A bucket is masked to the table's size when it is made, so each row is inside the array.
            ref var first = ref Unsafe.Add(ref rows, (nint)buckets[i] * Stride);
            ref var second = ref Unsafe.Add(ref rows, (nint)buckets[i + 1] * Stride);
            low += Vector256.LoadUnsafe(ref first);
            high += Vector256.LoadUnsafe(ref first, (nuint)Vector256<float>.Count);
            otherLow += Vector256.LoadUnsafe(ref second);
            otherHigh += Vector256.LoadUnsafe(ref second, (nuint)Vector256<float>.Count);
        }
        if (i < buckets.Length)
        {
            ref var last = ref Unsafe.Add(ref rows, (nint)buckets[i] * Stride);
            low += Vector256.LoadUnsafe(ref last);
            high += Vector256.LoadUnsafe(ref last, (nuint)Vector256<float>.Count);
        }
        (low + otherLow).CopyTo(sums);
        (high + otherHigh).CopyTo(sums[Vector256<float>.Count..]);
    }
}
