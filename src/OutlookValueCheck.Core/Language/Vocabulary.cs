using System.Collections.Frozen;

namespace OutlookValueCheck.Core.Language;

/// <summary>
/// The words the lexicon knows, each with a small number. The tokenizer looks every word of a mail up here once
/// (ignoring case, ’ read as '), so the phrase trie and the word lists compare numbers instead of hashing the same
/// word again at each step. Filled while the lexicon is built, then frozen (a FrozenDictionary, which picks a hash
/// for exactly these words) and only read, safe from any thread.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = -1;

    // Longer than any word the lexicon has: giant "words" (URLs, base64) skip the lookup and its stackalloc.
    private const int MaxWordLength = 64;

    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);
    private FrozenDictionary<string, int>? _frozen;
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The word's number, adding it if new. Only while the lexicon is being built.</summary>
    public int Add(string word)
    {
        if (_frozen is not null)
            throw new InvalidOperationException("The vocabulary is in use; words can only be added while the lexicon is built.");
        var normalised = word.Replace('’', '\'');
        if (!_ids.TryGetValue(normalised, out var id))
            _ids[normalised] = id = _ids.Count;
        return id;
    }

    /// <summary>A set of words, as numbers, for tests such as "is this word 'we' or 'our'".</summary>
    public HashSet<int> Set(params string[] words) => words.Select(Add).ToHashSet();

    public int IdOf(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
            return Unknown;
        if (_frozen is null)
            throw new InvalidOperationException("The vocabulary is still being built.");
        if (word.Contains('’'))
        {
            Span<char> normalised = stackalloc char[word.Length];
            word.CopyTo(normalised);
            normalised.Replace('’', '\'');
            return _lookup.TryGetValue(normalised, out var fromNormalised) ? fromNormalised : Unknown;
        }
        return _lookup.TryGetValue(word, out var id) ? id : Unknown;
    }

    /// <summary>Ends the building: from here on words are only looked up.</summary>
    public void Freeze()
    {
        var frozen = _ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = frozen.GetAlternateLookup<ReadOnlySpan<char>>();
        _frozen = frozen;
    }
}
