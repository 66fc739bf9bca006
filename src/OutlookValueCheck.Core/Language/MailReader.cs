using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Language;

/// <summary>
/// Reads a mail once: tokenises the subject and the authored body, finds every cue with the lexicon's phrase
/// table, counts who the mail talks about, and splits the body into classified sentences.
/// </summary>
public static class MailReader
{
    // Only these carry meaning in a subject line ("Your renewal", "Quick intro call?", "Bumping this").
    private static readonly HashSet<CueKind> SubjectCues = [CueKind.Renewal, CueKind.PricePush, CueKind.CheckIn, CueKind.MeetingAsk, CueKind.Upsell];

    // The body's tokens and the cue lists are needed only while a mail is read, so each thread keeps one set of
    // lists instead of allocating them per mail (they were most of a check's own allocations); lists grown by a huge
    // mail are not kept.
    [ThreadStatic]
    private static Scratch? _scratch;

    private const int MaxKeptTokens = 16_384;

    private sealed class Scratch
    {
        public readonly List<Token> Tokens = [];
        public readonly List<Cue> Cues = new(64);
        public readonly List<Cue> BodyCues = new(64);
        public readonly List<Token> NameTokens = new(8);

        public bool IsSmall => Tokens.Capacity <= MaxKeptTokens && Cues.Capacity <= MaxKeptTokens;
    }

    public static MailReading Read(string subject, MailText body, ReadingContext context)
    {
        var scratch = _scratch ?? new Scratch();
        _scratch = null;
        try
        {
            return Read(subject, body, context, scratch);
        }
        finally
        {
            if (scratch.IsSmall)
                _scratch = scratch;
        }
    }

    private static MailReading Read(string subject, MailText body, ReadingContext context, Scratch scratch)
    {
        var text = body.Authored;
        var tokens = Tokenizer.Tokenize(text, Lexicon.Words, scratch.Tokens);
        var cues = scratch.Cues;
        cues.Clear();
        Lexicon.Phrases.FindAll(Tokenizer.Tokenize(subject, Lexicon.Words), (kind, start, length) =>
        {
            if (SubjectCues.Contains(kind))
                cues.Add(new Cue(kind, TextPart.Subject, start, length, subject));
        });
        Lexicon.Phrases.FindAll(tokens, (kind, start, length) => cues.Add(new Cue(kind, TextPart.Body, start, length, text)));

        var (sellerWords, recipientWords) = CountPerspective(text, tokens, context.SellerOrganisations);
        AddOrganisationCues(cues, text, tokens, context, scratch.NameTokens);
        var bodyCues = scratch.BodyCues;
        bodyCues.Clear();
        foreach (var cue in cues)
        {
            if (cue.Part == TextPart.Body)
                bodyCues.Add(cue);
        }
        bodyCues.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var sentences = SentenceSplitter.Split(text, tokens, bodyCues);
        return new MailReading(cues.ToArray(), sentences, sellerWords, recipientWords);
    }

    /// <summary>How often the text says "we", "our" or the seller's name, and how often "you" or "your".</summary>
    public static (int Seller, int Recipient) Perspective(string text, ReadingContext context) =>
        CountPerspective(text, Tokenizer.Tokenize(text, Lexicon.Words), context.SellerOrganisations);

    /// <summary>"we", "our" and the seller's company name against "you" and "your".</summary>
    private static (int Seller, int Recipient) CountPerspective(string text, List<Token> tokens, IReadOnlyList<string> sellerOrganisations)
    {
        var seller = 0;
        var recipient = 0;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
                continue;
            if (Lexicon.SellerWords.Contains(token.Word) || IsAnyOf(text, token, sellerOrganisations))
                seller++;
            else if (Lexicon.RecipientWords.Contains(token.Word))
                recipient++;
        }
        return (seller, recipient);
    }

    /// <summary>
    /// "introduce Contoso" is a stranger's introduction; "Woodgrove" in the text means the mail is about them.
    /// Names come from data, so they are matched here rather than in the lexicon.
    /// </summary>
    private static void AddOrganisationCues(List<Cue> cues, string text, List<Token> tokens, ReadingContext context, List<Token> nameTokens)
    {
        for (var s = 0; s < context.SellerOrganisations.Count; s++)
        {
            var seller = context.SellerOrganisations[s];
            if (seller.Length <= 2)
                continue;
            for (var i = NextTokenSpelled(text, tokens, seller, 0); i >= 0; i = NextTokenSpelled(text, tokens, seller, i + 1))
            {
                var introduce = i >= 1 && IsIntroduce(text, tokens[i - 1]) ? i - 1
                    : i >= 3 && IsIntroduce(text, tokens[i - 3]) && tokens[i - 2].In(text).Equals("you", StringComparison.OrdinalIgnoreCase)
                        && tokens[i - 1].In(text).Equals("to", StringComparison.OrdinalIgnoreCase) ? i - 3
                    : -1;
                if (introduce >= 0)
                    cues.Add(Span(CueKind.StrangerIntro, text, tokens[introduce].Start, tokens[i].End));
            }
        }
        foreach (var name in context.RecipientOrganisations)
        {
            Tokenizer.Tokenize(name, null, nameTokens);
            if (nameTokens.Count == 0)
                continue;
            var first = nameTokens[0].In(name);
            for (var i = NextTokenSpelled(text, tokens, first, 0); i >= 0 && i + nameTokens.Count <= tokens.Count; i = NextTokenSpelled(text, tokens, first, i + 1))
            {
                var matches = true;
                for (var j = 1; j < nameTokens.Count && matches; j++)
                    matches = IsSpelled(text, tokens[i + j], nameTokens[j].In(name));
                if (matches)
                    cues.Add(Span(CueKind.RecipientSpecific, text, tokens[i].Start, tokens[i + nameTokens.Count - 1].End));
            }
        }
    }

    /// <summary>The first token from index <paramref name="from"/> on that is spelled <paramref name="word"/>, or -1.</summary>
    /// <remarks>
    /// Token by token, not a case-insensitive IndexOf over the text: the service runs in invariant globalization
    /// mode, where that search is not vectorised (measured: a seventh of a check's CPU).
    /// </remarks>
    private static int NextTokenSpelled(string text, List<Token> tokens, ReadOnlySpan<char> word, int from)
    {
        // Walked as a span: this runs over every token for each organisation name.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var i = from; i < all.Length; i++)
        {
            if (IsSpelled(text, all[i], word))
                return i;
        }
        return -1;
    }

    /// <summary>Whether the token is <paramref name="word"/>, ignoring case. Most tokens differ in length, which is compared first, in place.</summary>
    private static bool IsSpelled(string text, Token token, ReadOnlySpan<char> word) =>
        token.Length == word.Length && token.In(text).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsAnyOf(string text, Token token, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (IsSpelled(text, token, words[i]))
                return true;
        }
        return false;
    }

    private static bool IsIntroduce(string text, Token token) =>
        token.In(text).StartsWith("introduc", StringComparison.OrdinalIgnoreCase);

    private static Cue Span(CueKind kind, string text, int start, int end) =>
        new(kind, TextPart.Body, start, end - start, text);

    internal static class SentenceSplitter
    {
        private const int MinSubstantiveWords = 5;
        private const int MaxGreetingLength = 45;
        private const int MaxClosingWords = 6;

        /// <param name="cues">The body's cues, ordered by position: sentences and cues are walked together in one pass.</param>
        public static IReadOnlyList<Sentence> Split(string text, List<Token> tokens, List<Cue> cues)
        {
            // About one sentence per dozen words: the list rarely grows.
            var sentences = new List<Sentence>(tokens.Count / 12 + 4);
            var firstToken = 0;
            var firstCue = 0;
            foreach (var (start, end) in new SentenceSpans(text))
                Close(text, start, end, tokens, ref firstToken, cues, ref firstCue, sentences);
            return sentences;
        }

        private static void Close(string text, int start, int end, List<Token> tokens, ref int firstToken, List<Cue> cues, ref int firstCue, List<Sentence> sentences)
        {
            if (start < 0 || end <= start)
                return;
            while (firstCue < cues.Count && cues[firstCue].Start < start)
                firstCue++;
            while (firstToken < tokens.Count && tokens[firstToken].Start < start)
                firstToken++;
            var lastToken = firstToken;
            var words = 0;
            while (lastToken < tokens.Count && tokens[lastToken].Start < end)
            {
                if (tokens[lastToken].Kind != TokenKind.Symbol)
                    words++;
                lastToken++;
            }
            if (words == 0)
                return;
            var role = Classify(text, start, end, words, tokens, firstToken, lastToken, cues, firstCue);
            sentences.Add(new Sentence(start, end - start, words, role));
            firstToken = lastToken;
        }

        private static SentenceRole Classify(string text, int start, int end, int words, List<Token> tokens, int first, int last, List<Cue> cues, int firstCue)
        {
            // "Just checking in on the bug your team reported: the fix is live" delivers news; only a check-in
            // sentence with nothing helpful or specific to the recipient in it is an empty one.
            var checksIn = false;
            var delivers = false;
            var greets = false;
            var closes = false;
            for (var c = firstCue; c < cues.Count && cues[c].Start < end; c++)
            {
                var cue = cues[c];
                checksIn |= cue.Kind == CueKind.CheckIn;
                delivers |= cue.Kind is CueKind.Help or CueKind.RecipientSpecific;
                greets |= cue.Kind == CueKind.Greeting;
                closes |= cue.Kind == CueKind.Closing && cue.Start == tokens[first].Start;
            }
            if (checksIn && !delivers)
                return SentenceRole.CheckIn;
            if (greets || StartsWithGreeting(text, tokens, first, last, end - start))
                return SentenceRole.Greeting;
            if (closes && words <= MaxClosingWords)
                return SentenceRole.Closing;
            return words < MinSubstantiveWords ? SentenceRole.Filler : SentenceRole.Substantive;
        }

        private static bool StartsWithGreeting(string text, List<Token> tokens, int first, int last, int length)
        {
            if (length > MaxGreetingLength || !Lexicon.GreetingStarts.Contains(tokens[first].Word))
                return false;
            // "Good morning," greets; "Good news: ..." does not.
            return tokens[first].Word != Lexicon.Good || (first + 1 < last && Lexicon.TimesOfDay.Contains(tokens[first + 1].Word));
        }
    }
}
