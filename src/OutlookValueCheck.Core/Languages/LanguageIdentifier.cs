using Lingua;

namespace OutlookValueCheck.Core.Languages;

/// <summary>
/// Tells which language the seller wrote in. Most mail is English and says so in its commonest words, which a
/// count of them finds in a few microseconds; anything else goes to Lingua (offline n-gram models), which names
/// the language in about a millisecond. Too little text to tell (a one-line "Thanks!") is no language.
/// </summary>
public sealed class LanguageIdentifier
{
    // Words common in English and rare in the European languages sellers also write (no "a", "in", "on", "is",
    // "we", "was", "will": French, Dutch or German use them too).
    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "to", "of", "you", "your", "our", "are", "for", "with", "this", "that", "it", "be", "have",
        "can", "at", "i", "my", "just", "would", "if", "please", "thanks", "hi", "let", "know", "what", "there",
        "from", "about", "been", "they", "their", "could", "any", "how", "when", "should", "here", "which",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Below this many words a text's language is not told (a greeting and a name fit any language).</summary>
    public const int MinWords = 6;

    private const double EnglishShare = 0.15;

    /// <summary>What is read to tell: the opening of the text says its language as well as all of it.</summary>
    private const int ReadCharacters = 600;

    private const int LinguaCharacters = ReadCharacters;

    private static readonly (Lingua.Language Lingua, TextLanguage Ours)[] Known =
    [
        (Lingua.Language.English, TextLanguage.English),
        (Lingua.Language.German, new("de", "German")),
        (Lingua.Language.French, new("fr", "French")),
        (Lingua.Language.Spanish, new("es", "Spanish")),
        (Lingua.Language.Italian, new("it", "Italian")),
        (Lingua.Language.Dutch, new("nl", "Dutch")),
        (Lingua.Language.Portuguese, new("pt", "Portuguese")),
        (Lingua.Language.Swedish, new("sv", "Swedish")),
        (Lingua.Language.Danish, new("da", "Danish")),
        (Lingua.Language.Polish, new("pl", "Polish")),
    ];

    private readonly LanguageDetector _detector = LanguageDetectorBuilder
        .FromLanguages([.. Known.Select(known => known.Lingua)])
        .WithLowAccuracyMode()
        .WithPreloadedLanguageModels()
        .Build();

    /// <summary>One per process: Lingua's models take about a third of a second to load and are read-only after.</summary>
    public static LanguageIdentifier Shared => SharedInstance.Value;

    private static readonly Lazy<LanguageIdentifier> SharedInstance = new(() => new LanguageIdentifier(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every language this identifier can name.</summary>
    public static IReadOnlyList<TextLanguage> Languages { get; } = [.. Known.Select(known => known.Ours)];

    /// <summary>The language this identifier can name by its ISO 639-1 code ("de" → German); null for any other code.</summary>
    public static TextLanguage? LanguageOf(string code) =>
        Known.Select(known => known.Ours).FirstOrDefault(language => string.Equals(language.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text's language, or null when there is too little text to tell or nothing is sure.</summary>
    public TextLanguage? Identify(string text)
    {
        var read = text.AsSpan(0, Math.Min(text.Length, ReadCharacters));
        var (words, english) = CountWords(read);
        if (words < MinWords)
            return null;
        if (english >= words * EnglishShare)
            return TextLanguage.English;
        var sample = read[..Math.Min(read.Length, LinguaCharacters)].ToString();
        var detected = _detector.DetectLanguageOf(sample);
        foreach (var (lingua, ours) in Known)
        {
            if (lingua == detected)
                return ours;
        }
        return null;
    }

    private static (int Words, int English) CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var english = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
                i++;
            words++;
            if (EnglishLookup.Contains(text[start..i]))
                english++;
        }
        return (words, english);
    }
}
