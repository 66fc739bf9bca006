using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Language;

/// <summary>Kinds of wording the reader looks for. One cue alone decides nothing; intents weigh several.</summary>
public enum CueKind
{
    /// <summary>Introducing the company or oneself as to a stranger: "my name is", "a leading provider", "businesses like yours".</summary>
    StrangerIntro,
    /// <summary>Asking a stranger for time or a referral: "quick intro call", "are you the right person".</summary>
    MeetingAsk,
    /// <summary>Staying in touch for its own sake: "just checking in", "circling back", "bumping this".</summary>
    CheckIn,
    /// <summary>The topic of a renewal or contract: "renews on", "your subscription", "terms".</summary>
    Renewal,
    /// <summary>Asking for price or signature: "new annual price", "increase of 8%", "sign the order form", "quote".</summary>
    PricePush,
    /// <summary>Looking back at what the customer got or forward to their goals: "your goal", "you cut ... from 9 to 5 days".</summary>
    ValueRecap,
    /// <summary>Selling more to an existing customer: "upgrade", "add-on", "20% off", "send over a quote".</summary>
    Upsell,
    /// <summary>Substance the recipient can use: answers, fixes, case updates, agreed notes, attachments.</summary>
    Help,
    /// <summary>Wording tied to this recipient: "you asked", "your planners", "on our call".</summary>
    RecipientSpecific,
    /// <summary>Talking up the seller's company: "we are thrilled to announce", "named a leader", "our best release".</summary>
    SelfPromotion,
    /// <summary>A sum of money: "$24,000", "EUR 18,200".</summary>
    Money,
    /// <summary>Pleasantries that open a mail: "hope this email finds you well".</summary>
    Greeting,
    /// <summary>Words that close one: "thanks", "let me know", "talk soon".</summary>
    Closing,
}

/// <summary>
/// A cue found in the subject or the authored body (<paramref name="Source"/>), with its position in that text. The
/// words are cut out only when asked for: a mail has many cues and few end up as evidence.
/// </summary>
public readonly record struct Cue(CueKind Kind, TextPart Part, int Start, int Length, string Source)
{
    public string Text => Source.Substring(Start, Length);

    public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);
}
