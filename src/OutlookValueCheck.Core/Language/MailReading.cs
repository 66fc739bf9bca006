namespace OutlookValueCheck.Core.Language;

/// <summary>
/// What a mail is doing, decided from its cues and sentences together. Each intent weighs the cues that argue for
/// it against those that argue against it (help given, things specific to the recipient), so a helpful mail that
/// mentions a product is not a pitch and a check-in that delivers a fix is not an empty check-in.
/// </summary>
public sealed class MailReading
{
    private static readonly int KindCount = Enum.GetValues<CueKind>().Length;

    // The cues again, grouped by kind (each group in the order found): group k is _byKind[_kindStart[k].._kindStart[k + 1]].
    private readonly Cue[] _byKind;
    private readonly int[] _kindStart = new int[KindCount + 1];
    private readonly int[] _distinct = new int[KindCount];

    internal MailReading(Cue[] cues, IReadOnlyList<Sentence> sentences, int sellerWords, int recipientWords)
    {
        Cues = cues;
        Sentences = sentences;
        SellerWords = sellerWords;
        RecipientWords = recipientWords;
        // A counting sort by kind: two arrays in all, where a list per kind grew several times for a wordy mail.
        foreach (var cue in cues)
            _kindStart[(int)cue.Kind + 1]++;
        for (var kind = 0; kind < KindCount; kind++)
            _kindStart[kind + 1] += _kindStart[kind];
        _byKind = new Cue[cues.Length];
        Span<int> next = stackalloc int[KindCount];
        _kindStart.AsSpan(0, KindCount).CopyTo(next);
        foreach (var cue in cues)
            _byKind[next[(int)cue.Kind]++] = cue;
        for (var kind = 0; kind < KindCount; kind++)
        {
            var group = Group((CueKind)kind);
            _distinct[kind] = group.Length <= 1 ? group.Length : DistinctWordings(group);
        }

        var intro = Distinct(CueKind.StrangerIntro);
        var ask = Distinct(CueKind.MeetingAsk);
        var pitchWeight = intro + ask;
        var grounding = Distinct(CueKind.RecipientSpecific) + Distinct(CueKind.Help);
        IsGenericPitch = pitchWeight >= 2 && (intro >= 1 || ask >= 2) && grounding * 2 <= pitchWeight;

        var substantive = Count(SentenceRole.Substantive);
        IsCheckInOnly = Count(SentenceRole.CheckIn) >= 1
            && (substantive == 0 || (substantive == 1 && grounding == 0 && Distinct(CueKind.Money) == 0));

        // A renewal mail asks for something (price, signature, a quote); one that only answers a question about
        // renewal timing is not a push.
        var renewalTopic = Distinct(CueKind.Renewal);
        var push = Distinct(CueKind.PricePush);
        IsRenewal = renewalTopic >= 1 && push >= 1 && renewalTopic + push >= 2;
        RecapsValue = Distinct(CueKind.ValueRecap) >= 2;
        IsUpsell = Distinct(CueKind.Upsell) >= 2 || (Distinct(CueKind.Upsell) >= 1 && Distinct(CueKind.Money) >= 1);

        // A generic pitch is about us by definition; otherwise the mail must promote us and talk more about us than them.
        IsSellerCentric = grounding == 0
            && (IsGenericPitch || (Distinct(CueKind.SelfPromotion) >= 2 && SellerWords > RecipientWords));
    }

    public IReadOnlyList<Cue> Cues { get; }
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>"we", "our", "us" and the seller's company name.</summary>
    public int SellerWords { get; }

    /// <summary>"you", "your" and their informal spellings.</summary>
    public int RecipientWords { get; }

    /// <summary>Introduces the seller's company as to a stranger and asks for time, with nothing tied to the recipient.</summary>
    public bool IsGenericPitch { get; }

    /// <summary>Exists only to stay in touch: every sentence with content is a check-in.</summary>
    public bool IsCheckInOnly { get; }

    /// <summary>About a renewal, a contract or a price change.</summary>
    public bool IsRenewal { get; }

    /// <summary>Recaps the value the customer got or speaks to their goals.</summary>
    public bool RecapsValue { get; }

    /// <summary>Sells more to someone who already buys: an upgrade, an add-on, a discount to act now.</summary>
    public bool IsUpsell { get; }

    /// <summary>About the seller and their company, with nothing specific to the recipient's situation.</summary>
    public bool IsSellerCentric { get; }

    /// <summary>Asks for money or a signature in any form: the mails an account owner or an at-risk account cares about.</summary>
    public bool IsCommercialPush => IsGenericPitch || IsUpsell || IsRenewal;

    public IReadOnlyList<Cue> Of(CueKind kind)
    {
        var (start, count) = RangeOf(kind);
        if (count == 0)
            return [];
        return new ArraySegment<Cue>(_byKind, start, count);
    }

    /// <summary>How many different phrases of this kind the mail uses: saying "renewal" five times is one cue.</summary>
    public int Distinct(CueKind kind) => _distinct[(int)kind];

    private ReadOnlySpan<Cue> Group(CueKind kind)
    {
        var (start, count) = RangeOf(kind);
        return _byKind.AsSpan(start, count);
    }

    private (int Start, int Count) RangeOf(CueKind kind) => (_kindStart[(int)kind], _kindStart[(int)kind + 1] - _kindStart[(int)kind]);

    /// <summary>How many different wordings (ignoring case) the cues have.</summary>
    private static int DistinctWordings(ReadOnlySpan<Cue> cues)
    {
        // A kind rarely has more than a few dozen cues: comparing each with the earlier ones costs less than
        // hashing, and copies no words out. A set takes over for the odd mail with hundreds.
        if (cues.Length > 64)
        {
            var wordings = new HashSet<string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var cue in cues)
                wordings.Add(cue.Span);
            return wordings.Set.Count;
        }
        var distinct = 0;
        for (var i = 0; i < cues.Length; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
                repeated = cues[j].Length == cues[i].Length && cues[j].Span.Equals(cues[i].Span, StringComparison.OrdinalIgnoreCase);
            if (!repeated)
                distinct++;
        }
        return distinct;
    }

    private int Count(SentenceRole role)
    {
        var count = 0;
        foreach (var sentence in Sentences)
        {
            if (sentence.Role == role)
                count++;
        }
        return count;
    }
}
