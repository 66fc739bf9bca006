using System.Collections.Frozen;

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

    // A trie over words: expanding the patterns gives thousands of phrases that share their beginnings
    // ("your team cut", "your team saved", ...), so each position walks a few nodes instead of every phrase. Its
    // edges are the words' numbers in the vocabulary, so a step costs an integer lookup, not a string hash.
    private readonly Node _root = new();
    private readonly int _kindCount;

    /// <param name="words">Receives every word of the patterns; texts are matched after tokenizing with it.</param>
    public PhraseTable(Vocabulary words, IEnumerable<(CueKind Kind, string Pattern)> patterns)
    {
        foreach (var (kind, pattern) in patterns)
        {
            _kindCount = Math.Max(_kindCount, (int)kind + 1);
            foreach (var expanded in Expand(pattern))
            {
                var parts = expanded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0)
                    continue;
                if (parts[0] == AnyWord)
                    throw new ArgumentException($"A phrase cannot start with '*': {pattern}", nameof(patterns));
                var node = _root;
                foreach (var part in parts)
                    node = part switch
                    {
                        AnyNumber => node.Number ??= new Node(),
                        AnyWord => node.Any ??= new Node(),
                        _ => node.Child(words.Add(part)),
                    };
                node.TerminalKinds |= 1 << (int)kind;
            }
        }
        _root.Seal();
    }

    public delegate void CueSink(CueKind kind, int start, int length);

    /// <param name="tokens">Tokenized with the vocabulary this table was built with.</param>
    public void FindAll(List<Token> tokens, CueSink sink)
    {
        Span<int> kindEnd = stackalloc int[_kindCount];
        Span<int> bestEnd = stackalloc int[_kindCount];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Most words start no phrase: skip them before any per-position work.
            if (_root.Find(token.Word) is null && (token.Kind != TokenKind.Number || _root.Number is null))
                continue;
            bestEnd.Fill(-1);
            Walk(_root, tokens, i, i, bestEnd);
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

    /// <summary>Follows every branch the tokens from <paramref name="next"/> allow, noting where each kind's phrases end.</summary>
    private static void Walk(Node node, List<Token> tokens, int first, int next, Span<int> bestEnd)
    {
        if (node.TerminalKinds != 0 && next > first)
        {
            for (var kinds = node.TerminalKinds; kinds != 0; kinds &= kinds - 1)
            {
                var kind = System.Numerics.BitOperations.TrailingZeroCount(kinds);
                bestEnd[kind] = Math.Max(bestEnd[kind], next - 1);
            }
        }
        if (next >= tokens.Count)
            return;
        var token = tokens[next];
        if (node.Find(token.Word) is { } literal)
            Walk(literal, tokens, first, next + 1, bestEnd);
        if (token.Kind == TokenKind.Number && node.Number is { } number)
            Walk(number, tokens, first, next + 1, bestEnd);
        if (token.Kind != TokenKind.Symbol && node.Any is { } any && next > first)
            Walk(any, tokens, first, next + 1, bestEnd);
    }

    private sealed class Node
    {
        private Dictionary<int, Node>? _children;
        private FrozenDictionary<int, Node>? _literals;

        public Node? Number { get; set; }
        public Node? Any { get; set; }
        public int TerminalKinds { get; set; }

        public Node Child(int word)
        {
            _children ??= [];
            if (!_children.TryGetValue(word, out var child))
                _children[word] = child = new Node();
            return child;
        }

        /// <summary>Freezes the children once the table is built: lookups are all that happens from then on.</summary>
        public void Seal()
        {
            _literals = _children?.ToFrozenDictionary();
            _children = null;
            foreach (var child in _literals?.Values ?? [])
                child.Seal();
            Number?.Seal();
            Any?.Seal();
        }

        public Node? Find(int word) =>
            word != Vocabulary.Unknown && _literals is not null && _literals.TryGetValue(word, out var child) ? child : null;
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

}
