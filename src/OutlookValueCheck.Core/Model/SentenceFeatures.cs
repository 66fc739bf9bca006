using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// Turns a sentence into the sentence model's features: hashed word unigrams and bigrams and character 3- to
/// 5-grams of the sentence in a normal spelling (lower case, accents, ß and ligatures as plain letters, digits as 0,
/// curly apostrophes straight, other punctuation but ? ! % and currency signs as spaces), and the words of the
/// sentences just before and after it in the mail, each as a kind of its own (or, at the start or the end of the
/// mail, that there is none); each present feature weighted 1/√n so every sentence has length 1. Character n-grams carry typos ("chekcing in"), inflections
/// and words the training data never had, and assume no language. The neighbours' words say what the sentence is
/// part of: "It syncs with your ERP." after "We now also offer a planning module" is an offer, after "You asked
/// whether the export works" an answer (decision 95). The words of the mail's subject line are a kind of their own
/// too (none when it has none): "New: a planning module for your fleet" says what the body's sentences are for
/// (decision 99). Training (ML.NET) and prediction read exactly these features,
/// so the shipped weights mean the same thing in both; change anything here and <see cref="Version"/> goes up, which
/// makes the shipped model's fingerprint stale until it is retrained.
/// </summary>
public static class SentenceFeatures
{
    public const int Version = 6;

    public const int BucketBits = 18;

    public const int Buckets = 1 << BucketBits;

    /// <summary>Longer sentences are read up to here: a run-on list of 600 characters has shown what it does.</summary>
    public const int MaxCharacters = 600;

    /// <summary>Enough room for the features of the longest sentence read (words, bigrams and three n-gram sizes), its neighbours' words and the subject's.</summary>
    public const int MaxFeatures = 7 * (MaxCharacters + 2);

    private const int MinGram = 3;
    private const int MaxGram = 5;

    private const uint Unigram = 1, Bigram = 2, PreviousWord = 3, NextWord = 4, SubjectWord = 5, CharGram = 10;

    // Which buckets this sentence already has: a bit per bucket (32 KB a thread), set while a sentence is read and
    // cleared after, so telling distinct features costs a bit test each instead of a sort.
    [ThreadStatic]
    private static ulong[]? _seen;

    /// <summary>
    /// Writes the sentence's distinct feature buckets to <paramref name="buckets"/> (at least <see cref="MaxFeatures"/>
    /// long), in no particular order, and returns how many there are; each weighs <see cref="ValueOf"/> of that
    /// count, so the scorer needs only a sum over the buckets. <paramref name="previous"/> and <paramref name="next"/>
    /// are the sentences around it in the mail, empty where there is none; <paramref name="subject"/> is the mail's
    /// subject line (empty for the subject line itself, which has no neighbours either).
    /// </summary>
    public static int Extract(ReadOnlySpan<char> sentence, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, ReadOnlySpan<char> subject, Span<int> buckets) =>
        Extract(sentence, previous, next, subject, buckets, Vector256.IsHardwareAccelerated);

    /// <param name="vectorised">Whether to hash eight character positions at once (the same buckets; for tests of that).</param>
    internal static int Extract(ReadOnlySpan<char> sentence, ReadOnlySpan<char> previous, ReadOnlySpan<char> next, ReadOnlySpan<char> subject, Span<int> buckets, bool vectorised)
    {
        Span<int> context = stackalloc int[MaxContextFeatures];
        var count = ContextWords(previous, PreviousWord, context);
        count += ContextWords(next, NextWord, context[count..]);
        count += SubjectWords(subject, context[count..]);
        return Extract(sentence, context[..count], buckets, vectorised);
    }

    /// <summary>At most this many context features: a neighbour's words on either side and the subject's.</summary>
    internal const int MaxContextFeatures = 3 * MaxContextWords;

    private const int MaxContextWords = MaxCharacters / 2;

    /// <summary>
    /// The sentence's own features followed by <paramref name="context"/>, its neighbours' and the subject's words
    /// already hashed (<see cref="NeighbourWords"/>, <see cref="NoNeighbour"/>, <see cref="SubjectWords"/>), in the
    /// order the other overload reads them: the same buckets in the same order, so the same sums.
    /// </summary>
    internal static int Extract(ReadOnlySpan<char> sentence, ReadOnlySpan<int> context, Span<int> buckets, bool vectorised)
    {
        Span<char> text = stackalloc char[MaxCharacters + 2];
        var length = Normalise(sentence, text);
        if (length <= 2)
            return 0;
        var normal = text[..length];
        var count = 0;

        // Words and bigrams: the spaces Normalise leaves are the only separators, one between each pair of words.
        scoped ReadOnlySpan<char> before = default;
        var position = 1;
        while (position < normal.Length)
        {
            var end = normal[position..].IndexOf(' ') + position;
            var word = normal[position..end];
            buckets[count++] = Bucket(Finish(Hash(Seed(Unigram), word)));
            buckets[count++] = Bucket(Pair(before, word));
            before = word;
            position = end + 1;
        }
        buckets[count++] = Bucket(Pair(before, []));

        count += CharGrams(normal, buckets[count..], vectorised);
        context.CopyTo(buckets[count..]);
        count += context.Length;
        return Distinct(buckets[..count]);
    }

    /// <summary>
    /// A sentence's words as its neighbours read them, normalised once: as the previous sentence of the one
    /// after it (<paramref name="asPrevious"/>) and as the next sentence of the one before it (<paramref name="asNext"/>);
    /// returns how many each has (at most <see cref="MaxContextWords"/>). A sentence with no words reads as no
    /// neighbour, as in <see cref="Extract(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char}, Span{int})"/>.
    /// </summary>
    internal static int NeighbourWords(ReadOnlySpan<char> sentence, Span<int> asPrevious, Span<int> asNext)
    {
        Span<char> text = stackalloc char[MaxCharacters + 2];
        var length = Normalise(sentence, text);
        if (length <= 2)
        {
            asPrevious[0] = NoNeighbour(previous: true);
            asNext[0] = NoNeighbour(previous: false);
            return 1;
        }
        HashWords(text[..length], PreviousWord, asPrevious);
        return HashWords(text[..length], NextWord, asNext);
    }

    /// <summary>The feature of the mail's first sentence (no previous one) or its last (no next one).</summary>
    internal static int NoNeighbour(bool previous) => None(previous ? PreviousWord : NextWord);

    /// <summary>The one feature of a context kind with no words in it.</summary>
    private static int None(uint kind) => Bucket(Finish(Seed(kind)));

    /// <summary>The subject line's words, as every body sentence reads them (none for no subject).</summary>
    internal static int SubjectWords(ReadOnlySpan<char> subject, Span<int> buckets) => ContextWords(subject, SubjectWord, buckets, markNone: false);

    /// <summary>
    /// The words of a neighbouring sentence or the subject (up to <see cref="MaxCharacters"/> of it), as their own
    /// kind; with <paramref name="markNone"/>, no neighbour at all is a feature too: the mail's first or last sentence.
    /// </summary>
    private static int ContextWords(ReadOnlySpan<char> neighbour, uint kind, Span<int> buckets, bool markNone = true)
    {
        Span<char> text = stackalloc char[MaxCharacters + 2];
        var length = Normalise(neighbour, text);
        if (length <= 2)
        {
            if (!markNone)
                return 0;
            buckets[0] = None(kind);
            return 1;
        }
        return HashWords(text[..length], kind, buckets);
    }

    /// <summary>The words of a normal spelling as features of one kind, up to <see cref="MaxContextWords"/>; returns how many.</summary>
    private static int HashWords(ReadOnlySpan<char> normal, uint kind, Span<int> buckets)
    {
        var count = 0;
        var position = 1;
        while (position < normal.Length && count < MaxContextWords)
        {
            var end = normal[position..].IndexOf(' ') + position;
            buckets[count++] = Bucket(Finish(Hash(Seed(kind), normal[position..end])));
            position = end + 1;
        }
        return count;
    }

    /// <summary>
    /// The character 3-, 4- and 5-grams from each position, written to <paramref name="buckets"/>; returns how many.
    /// Eight positions are hashed at once where the machine has 256-bit vectors, the rest one at a time: the same
    /// hashes either way (a test holds the two to each other on every training sentence); hashing a 2 KB mail's
    /// sentences took 20 µs instead of 30 µs (StageBenchmarks).
    /// </summary>
    private static int CharGrams(ReadOnlySpan<char> normal, Span<int> buckets, bool vectorised)
    {
        var count = 0;
        var start = 0;
        if (vectorised)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(normal);
            var lanes = Vector256<uint>.Count;
            // Eight starting positions whose 5-grams all end inside the text.
            for (; start + lanes - 1 + MaxGram <= normal.Length; start += lanes)
            {
                var hash = Vector256.Create(Seed(CharGram));
                for (var offset = 0; offset < MaxGram; offset++)
                {
                    var next = Vector128.Create(chars.Slice(start + offset, lanes));
                    hash = (hash ^ Vector256.Create(Vector128.WidenLower(next), Vector128.WidenUpper(next))) * FnvPrime;
                    if (offset + 1 < MinGram)
                        continue;
                    var bucket = Finish(hash ^ Vector256.Create((uint)(offset + 1) * GramMix)) & Vector256.Create((uint)Buckets - 1);
                    bucket.AsInt32().CopyTo(buckets[count..]);
                    count += lanes;
                }
            }
        }
        // One position at a time: the 4-gram's hash continues the 3-gram's.
        for (; start + MinGram <= normal.Length; start++)
        {
            var hash = Hash(Seed(CharGram), normal.Slice(start, MinGram - 1));
            for (var n = MinGram; n <= MaxGram && start + n <= normal.Length; n++)
            {
                hash = Step(hash, normal[start + n - 1]);
                buckets[count++] = Bucket(Finish(hash ^ (uint)n * GramMix));
            }
        }
        return count;
    }

    /// <summary>The value of each of a sentence's <paramref name="distinct"/> features: 1/√n, so the vector has length 1.</summary>
    public static float ValueOf(int distinct) => distinct == 0 ? 0f : 1f / MathF.Sqrt(distinct);

    /// <summary>Keeps the first of each bucket, in place; returns how many are left.</summary>
    private static int Distinct(Span<int> buckets)
    {
        var seen = _seen ??= new ulong[Buckets / 64];
        var kept = 0;
        foreach (var bucket in buckets)
        {
            ref var word = ref seen[bucket >> 6];
            var bit = 1UL << (bucket & 63);
            if ((word & bit) != 0)
                continue;
            word |= bit;
            buckets[kept++] = bucket;
        }
        foreach (var bucket in buckets[..kept])
            seen[bucket >> 6] = 0;
        return kept;
    }

    private const char FoldedFrom = '\u00C0', FoldedTo = '\u0180';

    // The plain letter of each of U+00C0 to U+017F (Latin-1's letters and Latin Extended-A), by code point: '-' where
    // there is none (Ð × Ø Þ ð ÷ ø þ, read as before), '*' where it is two letters (Æ ß æ Ĳ ĳ Œ œ). Written out because
    // the service runs with invariant globalization, where string.Normalize does not decompose.
    private const string PlainLetters =
        "aaaaaa*ceeeeiiii-nooooo--uuuuy-*" + "aaaaaa*ceeeeiiii-nooooo--uuuuy-y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>
    /// Latin letters with accents as their plain letters, and ß, æ, œ and ĳ as two: "Grüße" reads as "Grusse", "déjà"
    /// as "deja"; null for a character with no plain letter.
    /// </summary>
    private static readonly string?[] Folded = [.. Enumerable.Range(FoldedFrom, FoldedTo - FoldedFrom).Select(code => Fold((char)code))];

    private static string? Fold(char c) => (c, PlainLetters[c - FoldedFrom]) switch
    {
        (_, '-') => null,
        ('ß', _) => "ss",
        ('Æ' or 'æ', _) => "ae",
        ('Œ' or 'œ', _) => "oe",
        ('Ĳ' or 'ĳ', _) => "ij",
        (_, var plain) => plain.ToString(),
    };

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
            if (c is >= FoldedFrom and < FoldedTo && Folded[c - FoldedFrom] is { } folded)
            {
                // "Grüße" and "Grusse", "déjà" and "deja" share their features: mobile writers and Swiss spelling drop
                // accents, ß and ligatures, and most sellers mix both.
                text[length++] = folded[0];
                if (folded.Length > 1 && length < text.Length - 1)
                    text[length++] = folded[1];
            }
            else if (char.IsLetterOrDigit(c) || c == '\'')
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

    private static uint Seed(uint kind) => unchecked(2166136261u ^ (kind * 0x9E3779B9u));

    /// <summary>FNV-1a over the characters, from a seed that says the feature's kind (a word and a 4-gram spelled alike differ).</summary>
    private static uint Hash(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
            hash = Step(hash, c);
        return hash;
    }

    private const uint FnvPrime = 16777619u;

    // Sets a character n-gram's hash apart by its length.
    private const uint GramMix = 0x27D4EB2Fu;

    private static uint Step(uint hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>A bigram; an empty side stands for the start or the end of the sentence.</summary>
    private static uint Pair(ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
        Finish(Hash(Step(Hash(Seed(Bigram), first), ' '), second));

    // FNV's low bits are weak for short inputs; a final mix spreads them before the mask.
    private static uint Finish(uint hash) => BitOperations.RotateLeft(hash * FinishMix, 13) ^ (hash >> 16);

    private static Vector256<uint> Finish(Vector256<uint> hash)
    {
        var mixed = hash * FinishMix;
        return (Vector256.ShiftLeft(mixed, 13) | Vector256.ShiftRightLogical(mixed, 32 - 13)) ^ Vector256.ShiftRightLogical(hash, 16);
    }

    private const uint FinishMix = 0x85EBCA6Bu;
}
