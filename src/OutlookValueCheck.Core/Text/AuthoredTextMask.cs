using System.Buffers;
using System.Text.RegularExpressions;

namespace OutlookValueCheck.Core.Text;

/// <summary>
/// Blanks out what the seller did not write for this mail: quoted history (reply and forward headers,
/// "&gt;" lines), signatures after a sign-off or a "-- " delimiter, and legal disclaimers. A reply that quotes an
/// old pitch is not a pitch; a signature that says "book a demo" is not an ask.
/// </summary>
internal static partial class AuthoredTextMask
{
    private const int MaxSignatureLines = 7;
    private const int MaxSignatureLineLength = 90;

    public static string Apply(string plain)
    {
        var lines = Lines(plain);
        if (lines.Count == 0)
            return plain;

        var masked = new bool[lines.Count];
        var historyStart = FindHistoryStart(plain, lines);
        for (var i = historyStart; i < lines.Count; i++)
            masked[i] = true;

        for (var i = 0; i < historyStart; i++)
        {
            if (QuotedLine().IsMatch(Text(plain, lines[i])))
                masked[i] = true;
        }

        MaskSignature(plain, lines, historyStart, masked);
        MaskDisclaimers(plain, lines, historyStart, masked);

        if (!masked.Contains(true))
            return plain;
        return string.Create(plain.Length, (plain, lines, masked), static (span, state) =>
        {
            state.plain.AsSpan().CopyTo(span);
            for (var i = 0; i < state.lines.Count; i++)
            {
                if (!state.masked[i])
                    continue;
                var (start, length) = state.lines[i];
                span.Slice(start, length).Fill(' ');
            }
        });
    }

    private static int FindHistoryStart(string plain, List<(int Start, int Length)> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Text(plain, lines[i]).Trim();
            if (line.Length == 0)
                continue;
            if (SeparatorLine().IsMatch(line))
                return i;
            if (WroteLine().IsMatch(line))
                return i;
            // "On Tue, 17 Nov 2026 at 16:40, Priya Shah <priya@...>" with "wrote:" wrapped onto the next line.
            if (line.StartsWith("On ", StringComparison.Ordinal) && i + 1 < lines.Count
                && WroteLine().IsMatch(string.Concat(line, " ", Text(plain, lines[i + 1]).Trim())))
                return i;
            if (HeaderBlockStart().IsMatch(line) && HasHeaderBelow(plain, lines, i))
                return i;
            if (UnderscoreRule().IsMatch(line) && i + 1 < lines.Count && HeaderBlockStart().IsMatch(Text(plain, lines[i + 1]).Trim()))
                return i;
        }
        return lines.Count;
    }

    /// <summary>An Outlook-style "From: ... / Sent: ..." block: From with Sent, Date or To within the next four lines.</summary>
    private static bool HasHeaderBelow(string plain, List<(int Start, int Length)> lines, int from)
    {
        for (var j = from + 1; j < Math.Min(lines.Count, from + 5); j++)
        {
            if (HeaderBelowFrom().IsMatch(Text(plain, lines[j]).Trim()))
                return true;
        }
        return false;
    }

    private static void MaskSignature(string plain, List<(int Start, int Length)> lines, int end, bool[] masked)
    {
        for (var i = 0; i < end; i++)
        {
            var line = Text(plain, lines[i]).Trim();
            if (SignatureDelimiter().IsMatch(line))
            {
                for (var j = i; j < end; j++)
                    masked[j] = true;
                return;
            }
        }

        // A sign-off ("Best regards,") followed only by a few short lines (name, title, phone) starts the signature.
        for (var i = 0; i < end; i++)
        {
            if (!SignOff().IsMatch(Text(plain, lines[i]).Trim()))
                continue;
            if (IsSignatureBlock(plain, lines, i + 1, end))
            {
                for (var j = i; j < end; j++)
                    masked[j] = true;
                return;
            }
        }
    }

    /// <summary>At most a few non-empty lines below the sign-off, each short (name, title, phone).</summary>
    private static bool IsSignatureBlock(string plain, List<(int Start, int Length)> lines, int from, int end)
    {
        var count = 0;
        for (var j = from; j < end; j++)
        {
            var line = Text(plain, lines[j]).Trim();
            if (line.Length == 0)
                continue;
            if (++count > MaxSignatureLines || line.Length > MaxSignatureLineLength)
                return false;
        }
        return true;
    }

    private static void MaskDisclaimers(string plain, List<(int Start, int Length)> lines, int end, bool[] masked)
    {
        var paragraphStart = 0;
        for (var i = 0; i <= end; i++)
        {
            var atBreak = i == end || Text(plain, lines[i]).Trim().Length == 0;
            if (!atBreak)
                continue;
            if (i > paragraphStart)
            {
                // The paragraph's lines as they stand in the text; the markers match across a line break.
                var first = lines[paragraphStart].Start;
                var paragraph = plain.AsSpan(first, lines[i - 1].Start + lines[i - 1].Length - first);
                if (paragraph.ContainsAny(DisclaimerWords) && DisclaimerMarker().Count(paragraph) >= 2)
                {
                    for (var j = paragraphStart; j < i; j++)
                        masked[j] = true;
                }
            }
            paragraphStart = i + 1;
        }
    }

    private static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add((start, end - start));
            if (newline < 0)
                break;
            start = newline + 1;
        }
        return lines;
    }

    // Lines are read in place: a check looks at each line several times and must not copy it each time.
    private static ReadOnlySpan<char> Text(string text, (int Start, int Length) line) => text.AsSpan(line.Start, line.Length);

    [GeneratedRegex(@"^\s*>")]
    private static partial Regex QuotedLine();

    [GeneratedRegex(@"^(-{2,}\s*(Original Message|Forwarded message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,}|Begin forwarded message:)", RegexOptions.IgnoreCase)]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"^(On\s.{4,200}\swrote:|Am\s.{4,200}\sschrieb.{0,60}:|Le\s.{4,200}\sa écrit\s?:)$", RegexOptions.IgnoreCase)]
    private static partial Regex WroteLine();

    [GeneratedRegex(@"^\*?(From|Von|De)\s?:\*?\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBlockStart();

    [GeneratedRegex(@"^\*?(Sent|Date|Gesendet|Envoyé|To)\s?:\*?\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderBelowFrom();

    [GeneratedRegex(@"^_{8,}$")]
    private static partial Regex UnderscoreRule();

    [GeneratedRegex(@"^(--|—|__)\s*$")]
    private static partial Regex SignatureDelimiter();

    [GeneratedRegex(@"^(best|best regards|kind regards|warm regards|warmest regards|regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|yours truly|all the best|best wishes|talk soon|speak soon|with thanks)\s*[,.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    // Every marker below contains one of these words. Most paragraphs contain none, and this one vectorised search
    // spares them the regex, which tries a match at each word starting with one of the markers' first letters.
    private static readonly SearchValues<string> DisclaimerWords = SearchValues.Create(
        ["confidential", "privileged", "intended", "received", "notify", "copy", "disclose", "distribute"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(confidential|privileged|intended\s(solely\s|only\s)?for|intended\srecipient|received\s(this|it)\sin\serror|notify\sthe\ssender|do\snot\s(copy|disclose|distribute))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DisclaimerMarker();
}
