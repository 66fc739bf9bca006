namespace OutlookValueCheck.Core.Language;

/// <summary>
/// A word, number or meaningful symbol of a text, by position (no copy of the text), with its number in the
/// lexicon's <see cref="Vocabulary"/> (<see cref="Vocabulary.Unknown"/> when the lexicon does not know it).
/// </summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, int Word = Vocabulary.Unknown)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);
}

internal enum TokenKind
{
    /// <summary>Letters and digits, with inner apostrophes and hyphens: "i'm", "add-on", "15-minute".</summary>
    Word,
    /// <summary>Digits with inner separators: "2,000", "0.4", "18".</summary>
    Number,
    /// <summary>One of . ! ? : ; % $ € £, kept because phrases and sentences depend on them.</summary>
    Symbol,
}
