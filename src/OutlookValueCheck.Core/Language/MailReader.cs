using System.Text.RegularExpressions;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Language;

/// <summary>Reads a mail once: finds every cue, splits the authored body into sentences and classifies them.</summary>
public static class MailReader
{
    private const int MinSubstantiveWords = 5;

    private static readonly CueKind[] BodyCues = Enum.GetValues<CueKind>();

    // Only these carry meaning in a subject line ("Your renewal", "Quick intro call?", "Bumping this").
    private static readonly CueKind[] SubjectCues = [CueKind.Renewal, CueKind.PricePush, CueKind.CheckIn, CueKind.MeetingAsk, CueKind.Upsell];

    public static MailReading Read(string subject, MailText body, ReadingContext context)
    {
        var cues = new List<Cue>();
        foreach (var kind in SubjectCues)
            AddMatches(cues, kind, TextPart.Subject, subject);
        foreach (var kind in BodyCues)
            AddMatches(cues, kind, TextPart.Body, body.Authored);
        AddOrganisationCues(cues, body.Authored, context);

        var sentences = SentenceSplitter.Split(body.Authored, cues);
        return new MailReading(
            cues,
            sentences,
            sellerWords: Lexicon.SellerWords().Count(body.Authored) + CountMentions(body.Authored, context.SellerOrganisation),
            recipientWords: Lexicon.RecipientWords().Count(body.Authored));
    }

    private static void AddMatches(List<Cue> cues, CueKind kind, TextPart part, string text)
    {
        foreach (var match in Lexicon.For(kind).EnumerateMatches(text))
            cues.Add(new Cue(kind, part, match.Index, match.Length, text.Substring(match.Index, match.Length)));
    }

    /// <summary>
    /// "introduce Contoso" is a stranger's introduction; "Woodgrove" in the text means the mail is about them.
    /// Names come from data, so they are searched for here rather than in the lexicon.
    /// </summary>
    private static void AddOrganisationCues(List<Cue> cues, string text, ReadingContext context)
    {
        if (context.SellerOrganisation is { Length: > 2 } seller)
        {
            foreach (var index in Mentions(text, seller))
            {
                var before = text.AsSpan(Math.Max(0, index - 20), Math.Min(20, index));
                if (before.Contains("introduc", StringComparison.OrdinalIgnoreCase))
                {
                    var start = index - before.Length + before.IndexOf("introduc", StringComparison.OrdinalIgnoreCase);
                    var length = index + seller.Length - start;
                    cues.Add(new Cue(CueKind.StrangerIntro, TextPart.Body, start, length, text.Substring(start, length)));
                }
            }
        }
        foreach (var name in context.RecipientOrganisations)
        {
            foreach (var index in Mentions(text, name))
                cues.Add(new Cue(CueKind.RecipientSpecific, TextPart.Body, index, name.Length, text.Substring(index, name.Length)));
        }
    }

    private static int CountMentions(string text, string? name) => name is { Length: > 2 } ? Mentions(text, name).Count() : 0;

    /// <summary>Whole-word, case-insensitive occurrences of <paramref name="name"/>.</summary>
    private static IEnumerable<int> Mentions(string text, string name)
    {
        var from = 0;
        while (from < text.Length)
        {
            var index = text.IndexOf(name, from, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
                yield break;
            var end = index + name.Length;
            var startsWord = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
            var endsWord = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (startsWord && endsWord)
                yield return index;
            from = end;
        }
    }

    internal static class SentenceSplitter
    {
        public static IReadOnlyList<Sentence> Split(string text, List<Cue> cues)
        {
            var sentences = new List<Sentence>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length)
                {
                    Close(text, start, i, cues, sentences);
                    break;
                }
                var c = text[i];
                if (start < 0)
                {
                    if (!char.IsWhiteSpace(c) && c is not '-' and not '*' and not '•')
                        start = i;
                    continue;
                }
                if (IsBoundary(text, i))
                {
                    var end = c is '.' or '!' or '?' ? i + 1 : i;
                    Close(text, start, end, cues, sentences);
                    start = -1;
                }
            }
            return sentences;
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

        private static void Close(string text, int start, int end, List<Cue> cues, List<Sentence> sentences)
        {
            if (start < 0 || end <= start)
                return;
            var span = text.AsSpan(start, end - start).Trim();
            if (span.IsEmpty)
                return;
            var words = CountWords(span);
            sentences.Add(new Sentence(start, end - start, words, Classify(span, start, end, words, cues)));
        }

        private static SentenceRole Classify(ReadOnlySpan<char> sentence, int start, int end, int words, List<Cue> cues)
        {
            // "Just checking in on the bug your team reported: the fix is live" delivers news; only a check-in
            // sentence with nothing helpful or specific to the recipient in it is an empty one.
            var checksIn = false;
            var delivers = false;
            foreach (var cue in cues)
            {
                if (cue.Part != TextPart.Body || cue.Start < start || cue.Start >= end)
                    continue;
                checksIn |= cue.Kind == CueKind.CheckIn;
                delivers |= cue.Kind is CueKind.Help or CueKind.RecipientSpecific;
            }
            if (checksIn && !delivers)
                return SentenceRole.CheckIn;
            var text = sentence.ToString();
            if (Lexicon.Greeting().IsMatch(text))
                return SentenceRole.Greeting;
            if (words <= 6 && Lexicon.Closing().IsMatch(text))
                return SentenceRole.Closing;
            return words < MinSubstantiveWords ? SentenceRole.Filler : SentenceRole.Substantive;
        }

        private static int CountWords(ReadOnlySpan<char> text)
        {
            var words = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord)
                    words++;
                inWord = letter;
            }
            return words;
        }
    }
}
