namespace OutlookValueCheck.Core.Language;

/// <summary>
/// Splits text into tokens in one pass. Commas, quotes, brackets and the like only separate; sentence punctuation,
/// '%' and currency signs become tokens so phrases such as "20 % off" or "any updates ?" can be matched.
/// </summary>
internal static class Tokenizer
{
    /// <param name="words">Numbers each token by this vocabulary; without one, every token's word is unknown.</param>
    public static List<Token> Tokenize(string text, Vocabulary? words = null) =>
        Tokenize(text, words, new List<Token>(text.Length / 5 + 4));

    /// <summary>Tokenizes into <paramref name="tokens"/>, which is emptied first (a caller's reused list).</summary>
    public static List<Token> Tokenize(string text, Vocabulary? words, List<Token> tokens)
    {
        tokens.Clear();
        tokens.EnsureCapacity(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var numeric = char.IsDigit(c);
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        numeric &= char.IsDigit(d);
                        i++;
                    }
                    else if (IsInnerJoiner(text, i, numeric))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new Token(start, i - start, numeric ? TokenKind.Number : TokenKind.Word, words?.IdOf(text.AsSpan(start, i - start)) ?? Vocabulary.Unknown));
                continue;
            }
            if (c is '.' or '!' or '?' or ':' or ';' or '%' or '$' or '€' or '£')
                tokens.Add(new Token(i, 1, TokenKind.Symbol, words?.IdOf(text.AsSpan(i, 1)) ?? Vocabulary.Unknown));
            i++;
        }
        return tokens;
    }

    /// <summary>An apostrophe or hyphen between letters ("we're", "add-on"), or ',' '.' between digits ("2,000").</summary>
    private static bool IsInnerJoiner(string text, int i, bool numeric)
    {
        if (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]))
            return false;
        var c = text[i];
        if (c is '\'' or '’' or '-')
            return true;
        return numeric && c is ',' or '.' && char.IsDigit(text[i + 1]);
    }
}
