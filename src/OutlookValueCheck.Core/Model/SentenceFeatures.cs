using System.Numerics;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// Turns a sentence into the sentence model's features: hashed word unigrams and bigrams and character 3- to
/// 5-grams of the sentence in a normal spelling (lower case, digits as 0, curly apostrophes straight, other
/// punctuation but ? ! % and currency signs as spaces), each present feature weighted 1/√n so every sentence has
/// length 1. Character n-grams carry typos ("chekcing in"), inflections and words the training data never had, and
/// assume no language. Training (ML.NET) and prediction read exactly these features, so the shipped weights mean
/// the same thing in both; change anything here and <see cref="Version"/> goes up, which makes the shipped model's
/// fingerprint stale until it is retrained.
/// </summary>
public static class SentenceFeatures
{
    public const int Version = 1;

    public const int BucketBits = 18;

    public const int Buckets = 1 << BucketBits;

    /// <summary>Longer sentences are read up to here: a run-on list of 600 characters has shown what it does.</summary>
    public const int MaxCharacters = 600;

    /// <summary>Enough room for the features of the longest sentence read (words, bigrams and three n-gram sizes).</summary>
    public const int MaxFeatures = 5 * (MaxCharacters + 2);

    private const int MinGram = 3;
    private const int MaxGram = 5;

    private const uint Unigram = 1, Bigram = 2, CharGram = 10;

    /// <summary>
    /// Writes the sentence's distinct feature buckets to <paramref name="buckets"/> (at least <see cref="MaxFeatures"/>
    /// long) in ascending order and returns how many there are; each has the value <see cref="ValueOf"/>.
    /// </summary>
    public static int Extract(ReadOnlySpan<char> sentence, Span<int> buckets)
    {
        Span<char> text = stackalloc char[MaxCharacters + 2];
        var length = Normalise(sentence, text);
        if (length <= 2)
            return 0;
        var normal = text[..length];
        var count = 0;

        // Words and bigrams: the spaces Normalise leaves are the only separators, one between each pair of words.
        scoped ReadOnlySpan<char> previous = default;
        var position = 1;
        while (position < normal.Length)
        {
            var end = normal[position..].IndexOf(' ') + position;
            var word = normal[position..end];
            buckets[count++] = Bucket(Hash(Unigram, word));
            buckets[count++] = Bucket(Pair(previous, word));
            previous = word;
            position = end + 1;
        }
        buckets[count++] = Bucket(Pair(previous, []));

        for (var n = MinGram; n <= MaxGram; n++)
        {
            for (var start = 0; start + n <= normal.Length; start++)
                buckets[count++] = Bucket(Hash(CharGram + (uint)n, normal.Slice(start, n)));
        }

        var found = buckets[..count];
        found.Sort();
        var distinct = 0;
        for (var i = 0; i < found.Length; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
                found[distinct++] = found[i];
        }
        return distinct;
    }

    /// <summary>The value of each of a sentence's <paramref name="distinct"/> features: 1/√n, so the vector has length 1.</summary>
    public static float ValueOf(int distinct) => distinct == 0 ? 0f : 1f / MathF.Sqrt(distinct);

    /// <summary>The normal spelling, with one space before, after and between words; returns its length.</summary>
    private static int Normalise(ReadOnlySpan<char> sentence, Span<char> text)
    {
        var length = 0;
        text[length++] = ' ';
        foreach (var raw in sentence)
        {
            if (length >= text.Length - 1)
                break;
            var c = raw switch
            {
                '’' or '‘' or '`' or '´' => '\'',
                _ when char.IsDigit(raw) => '0',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsLetterOrDigit(c) || c == '\'')
                text[length++] = c;
            else if (c is '?' or '!' or '%' or '$' or '€' or '£' or '¥')
            {
                // A sign of its own: "update?" and "update ?" are the same question.
                if (text[length - 1] != ' ')
                    text[length++] = ' ';
                if (length >= text.Length - 2)
                    break;
                text[length++] = c;
                text[length++] = ' ';
            }
            else if (text[length - 1] != ' ')
                text[length++] = ' ';
        }
        if (text[length - 1] != ' ')
            text[length++] = ' ';
        return length;
    }

    private static int Bucket(uint hash) => (int)(hash & (Buckets - 1));

    /// <summary>FNV-1a over the characters, seeded by the feature's kind so a word and a 4-gram spelled alike differ.</summary>
    private static uint Hash(uint kind, ReadOnlySpan<char> chars, uint hash = 2166136261u)
    {
        hash ^= unchecked(kind * 0x9E3779B9u);
        foreach (var c in chars)
            hash = (hash ^ c) * 16777619u;
        return Finish(hash);
    }

    /// <summary>A bigram; an empty side stands for the start or the end of the sentence.</summary>
    private static uint Pair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = unchecked(2166136261u ^ (Bigram * 0x9E3779B9u));
        foreach (var c in first)
            hash = (hash ^ c) * 16777619u;
        hash = (hash ^ ' ') * 16777619u;
        foreach (var c in second)
            hash = (hash ^ c) * 16777619u;
        return Finish(hash);
    }

    // FNV's low bits are weak for short inputs; a final mix spreads them before the mask.
    private static uint Finish(uint hash) => BitOperations.RotateLeft(hash * 0x85EBCA6Bu, 13) ^ (hash >> 16);
}
