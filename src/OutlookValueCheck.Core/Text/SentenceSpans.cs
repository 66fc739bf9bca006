using System.Buffers;

namespace OutlookValueCheck.Core.Text;

/// <summary>
/// The sentences of a text as (start, end) offsets, found without copying: every judge splits the authored body the
/// same way, so their evidence covers the same stretches of text.
/// </summary>
public ref struct SentenceSpans(string text)
{
    private static readonly SearchValues<char> BoundaryCandidates = SearchValues.Create(".!?\n");

    private int _position;

    public (int Start, int End) Current { get; private set; }

    public readonly SentenceSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        var start = -1;
        while (_position < text.Length)
        {
            var c = text[_position];
            if (start < 0)
            {
                // List markers and indentation are not part of a sentence.
                if (!char.IsWhiteSpace(c) && c is not '-' and not '*' and not '•')
                    start = _position;
                _position++;
                continue;
            }
            // Inside a sentence only these characters can end it: jump to the next one.
            var next = text.AsSpan(_position).IndexOfAny(BoundaryCandidates);
            if (next < 0)
            {
                _position = text.Length;
                break;
            }
            _position += next;
            c = text[_position];
            var boundary = IsBoundary(text, _position);
            _position++;
            if (boundary)
            {
                Current = (start, c is '.' or '!' or '?' ? _position : _position - 1);
                return true;
            }
        }
        if (start < 0)
            return false;
        Current = (start, text.Length);
        return true;
    }

    /// <summary>
    /// Sentence ends: terminal punctuation before white space, a blank line, a line that starts a list item, or a
    /// short line ending in a comma or colon (a greeting such as "Hi Rachel,"). Plain-text mail is wrapped, so a
    /// single line break alone does not end a sentence.
    /// </summary>
    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c is '.' or '!' or '?')
            return i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]);
        if (c != '\n')
            return false;
        var next = i + 1;
        while (next < text.Length && text[next] is ' ' or '\t')
            next++;
        if (next >= text.Length || text[next] == '\n' || text[next] is '-' or '*' or '•')
            return true;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1;
        var line = text.AsSpan(lineStart, i - lineStart).TrimEnd();
        return line.Length is > 0 and < 40 && line[^1] is ',' or ':';
    }
}
