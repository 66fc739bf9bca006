namespace OutlookValueCheck.Core.Language;

/// <summary>
/// The lexicon's phrases, compiled for matching over tokens. A phrase is written in a small pattern language:
/// words separated by spaces, <c>(a|b|)</c> for alternatives (an empty one makes the group optional; groups nest
/// and may sit inside a word, as in <c>renew(|al|s)</c>), <c>#</c> for any number and <c>*</c> for any one word
/// or number. Matching is case-insensitive and treats ’ like '. At each position the longest phrase of a kind wins,
/// and a kind's matches do not overlap each other (like a regex scan); different kinds may overlap.
/// </summary>
internal sealed class PhraseTable
{
    private const string AnyNumber = "#";
    private const string AnyWord = "*";

    private readonly Dictionary<string, List<Phrase>> _byFirstToken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<Phrase> _startingWithNumber = [];
    private readonly int _kindCount;

    public PhraseTable(IEnumerable<(CueKind Kind, string Pattern)> patterns)
    {
        foreach (var (kind, pattern) in patterns)
        {
            _kindCount = Math.Max(_kindCount, (int)kind + 1);
            foreach (var expanded in Expand(pattern))
            {
                var words = expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                    continue;
                var phrase = new Phrase(kind, words);
                if (words[0] == AnyNumber)
                {
                    _startingWithNumber.Add(phrase);
                    continue;
                }
                if (words[0] == AnyWord)
                    throw new ArgumentException($"A phrase cannot start with '*': {pattern}", nameof(patterns));
                if (!_byFirstToken.TryGetValue(words[0], out var list))
                    _byFirstToken[words[0]] = list = [];
                list.Add(phrase);
            }
        }
        _lookup = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void FindAll(string text, List<Token> tokens, CueSink sink)
    {
        Span<int> kindEnd = stackalloc int[_kindCount];
        Span<int> bestEnd = stackalloc int[_kindCount];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            bestEnd.Fill(-1);
            if (token.Kind == TokenKind.Number)
                TryAll(_startingWithNumber, text, tokens, i, bestEnd);
            if (Candidates(token.In(text)) is { } candidates)
                TryAll(candidates, text, tokens, i, bestEnd);
            for (var kind = 0; kind < _kindCount; kind++)
            {
                if (bestEnd[kind] < 0 || token.Start < kindEnd[kind])
                    continue;
                var end = tokens[bestEnd[kind]].End;
                kindEnd[kind] = end;
                sink((CueKind)kind, token.Start, end - token.Start);
            }
        }
    }

    public delegate void CueSink(CueKind kind, int start, int length);

    private List<Phrase>? Candidates(ReadOnlySpan<char> token)
    {
        if (token.Contains('’'))
        {
            Span<char> normalised = stackalloc char[token.Length];
            token.CopyTo(normalised);
            normalised.Replace('’', '\'');
            return _lookup.TryGetValue(normalised, out var fromNormalised) ? fromNormalised : null;
        }
        return _lookup.TryGetValue(token, out var list) ? list : null;
    }

    private static void TryAll(List<Phrase> phrases, string text, List<Token> tokens, int first, Span<int> bestEnd)
    {
        foreach (var phrase in phrases)
        {
            var last = MatchRest(phrase, text, tokens, first);
            if (last > bestEnd[(int)phrase.Kind])
                bestEnd[(int)phrase.Kind] = last;
        }
    }

    /// <summary>The index of the phrase's last token when it matches at <paramref name="first"/>, else -1.</summary>
    private static int MatchRest(Phrase phrase, string text, List<Token> tokens, int first)
    {
        var words = phrase.Words;
        if (first + words.Length > tokens.Count)
            return -1;
        for (var w = 1; w < words.Length; w++)
        {
            var token = tokens[first + w];
            var word = words[w];
            var matches = word switch
            {
                AnyNumber => token.Kind == TokenKind.Number,
                AnyWord => token.Kind != TokenKind.Symbol,
                _ => SameWord(token.In(text), word),
            };
            if (!matches)
                return -1;
        }
        return first + words.Length - 1;
    }

    private static bool SameWord(ReadOnlySpan<char> token, string word)
    {
        if (token.Length != word.Length)
            return false;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i] == '’' ? '\'' : token[i];
            if (c != word[i] && char.ToLowerInvariant(c) != word[i])
                return false;
        }
        return true;
    }

    /// <summary>Expands every (a|b|) group into its alternatives: "(just |)checking in" gives two phrases.</summary>
    internal static IEnumerable<string> Expand(string pattern)
    {
        var open = pattern.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
        {
            yield return string.Join(' ', pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            yield break;
        }
        var depth = 0;
        var close = -1;
        var alternatives = new List<string>();
        var altStart = open + 1;
        for (var i = open; i < pattern.Length && close < 0; i++)
        {
            switch (pattern[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        alternatives.Add(pattern[altStart..i]);
                        close = i;
                    }
                    break;
                case '|' when depth == 1:
                    alternatives.Add(pattern[altStart..i]);
                    altStart = i + 1;
                    break;
            }
        }
        if (close < 0)
            throw new ArgumentException($"Unbalanced '(' in phrase pattern: {pattern}", nameof(pattern));
        foreach (var alternative in alternatives)
        {
            foreach (var expanded in Expand(pattern[..open] + alternative + pattern[(close + 1)..]))
                yield return expanded;
        }
    }

    private sealed record Phrase(CueKind Kind, string[] Words);
}
