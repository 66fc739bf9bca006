using Lingua;

namespace OutlookValueCheck.Core.Languages;

/// <summary>
/// Tells which language the seller wrote in. Most mail says so in its commonest words: a count of words that are
/// common in English, German, French or Spanish and rare in the other languages sellers write (the four the model
/// reads) finds it in a few microseconds. When no language stands out, Lingua (offline n-gram models) names it,
/// in a few hundred microseconds. Too little text to tell (a one-line "Thanks!") is no language.
/// </summary>
public sealed class LanguageIdentifier
{
    // Each word is common in its language and rare in the others Known lists ("die" is Dutch too, "le" Italian,
    // "para" Portuguese, "du" German and Swedish, "a", "in" and "is" half of Europe): a word shared by two of them
    // would let one pass for the other. A test holds the shortcut to Lingua's answer on every corpus mail.
    private static readonly Dictionary<string, int> CommonWords = Index(
        ["the", "and", "to", "of", "you", "your", "our", "are", "for", "with", "this", "that", "it", "be", "have",
         "can", "at", "i", "my", "just", "would", "if", "please", "thanks", "hi", "let", "know", "what", "there",
         "from", "about", "been", "they", "their", "could", "any", "how", "when", "should", "here", "which"],
        ["und", "ich", "nicht", "ist", "sie", "wir", "ihnen", "ihr", "ihre", "für", "auf", "der", "ein", "eine", "einen",
         "noch", "auch", "bei", "uns", "gerne", "vielen", "dank", "grüße", "bitte", "haben", "sind", "wird", "können",
         "würde", "schon", "oder", "aber", "über", "nach", "zu", "sehr", "wenn", "dass", "hallo", "freundlichen"],
        ["les", "et", "vous", "nous", "pour", "est", "une", "votre", "vos", "notre", "nos", "avec", "dans", "sur",
         "pas", "bonjour", "merci", "cordialement", "au", "aux", "cette", "sont", "être", "avez", "très", "ai",
         "été", "avons", "madame", "monsieur", "également", "leur"],
        ["el", "los", "las", "y", "usted", "ustedes", "muy", "gracias", "saludos", "nuestro", "nuestra", "sus", "hola",
         "más", "también", "puede", "tiene", "hemos", "quedo", "estimado", "estimada", "vuestro", "podemos", "cuando",
         "ya"]);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CommonLookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly TextLanguage German = new("de", "German");
    private static readonly TextLanguage French = new("fr", "French");
    private static readonly TextLanguage Spanish = new("es", "Spanish");

    /// <summary>Which language each list of <see cref="CommonWords"/> is, in order.</summary>
    private static readonly TextLanguage[] CommonLanguages = [TextLanguage.English, German, French, Spanish];

    /// <summary>Below this many words a text's language is not told (a greeting and a name fit any language).</summary>
    public const int MinWords = 6;

    /// <summary>A language stands out when this share of the words are its common ones...</summary>
    private const double CommonShare = 0.08;

    /// <summary>...and they outnumber every other language's common words this many times over.</summary>
    private const int Lead = 3;

    /// <summary>What is read to tell: the opening of the text says its language as well as all of it.</summary>
    private const int ReadCharacters = 600;

    private static readonly (Lingua.Language Lingua, TextLanguage Ours)[] Known =
    [
        (Lingua.Language.English, TextLanguage.English),
        (Lingua.Language.German, German),
        (Lingua.Language.French, French),
        (Lingua.Language.Spanish, Spanish),
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
        Span<int> common = stackalloc int[CommonLanguages.Length];
        var words = CountWords(read, common);
        if (words < MinWords)
            return null;
        if (StandsOut(words, common) is { } language)
            return CommonLanguages[language];
        return ByLingua(read.ToString());
    }

    /// <summary>Lingua's answer alone, as <see cref="Identify"/> gives it when no language stands out by its common words.</summary>
    public TextLanguage? ByLingua(string text)
    {
        var detected = _detector.DetectLanguageOf(text.Length > ReadCharacters ? text[..ReadCharacters] : text);
        foreach (var (lingua, ours) in Known)
        {
            if (lingua == detected)
                return ours;
        }
        return null;
    }

    private static int? StandsOut(int words, ReadOnlySpan<int> common)
    {
        var top = 0;
        for (var k = 1; k < common.Length; k++)
        {
            if (common[k] > common[top])
                top = k;
        }
        if (common[top] < words * CommonShare)
            return null;
        for (var k = 0; k < common.Length; k++)
        {
            if (k != top && common[k] * Lead > common[top])
                return null;
        }
        return top;
    }

    private static Dictionary<string, int> Index(params string[][] languages)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < languages.Length; k++)
        {
            foreach (var word in languages[k])
                index.Add(word, k); // throws on a word listed for two languages
        }
        return index;
    }

    private static int CountWords(ReadOnlySpan<char> text, Span<int> common)
    {
        var words = 0;
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
            if (CommonLookup.TryGetValue(text[start..i], out var language))
                common[language]++;
        }
        return words;
    }
}
