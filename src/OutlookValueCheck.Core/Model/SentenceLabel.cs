namespace OutlookValueCheck.Core.Model;

/// <summary>
/// What one sentence does for its reader: the label set of the sentence model (tests/corpus/training/README.md
/// defines each with examples). The wire names are the training data's.
/// </summary>
public enum SentenceLabel
{
    /// <summary>Greets, thanks, wishes well, signs off.</summary>
    Pleasantry,
    /// <summary>Only keeps in touch or asks for news without adding anything.</summary>
    CheckIn,
    /// <summary>Introduces us, our company or product as if to a stranger.</summary>
    IntroUs,
    /// <summary>Asks for a call, a demo, a slot, or who the right person is.</summary>
    MeetingAsk,
    /// <summary>Praises us or makes generic claims about us, with nothing about them.</summary>
    SelfPromo,
    /// <summary>Refers to the recipient's own situation: their account, data, people, goals.</summary>
    RecipientSpecific,
    /// <summary>Gives real help: an answer, data, a fix, a document, a concrete plan or status.</summary>
    Substance,
    /// <summary>Mentions the renewal, contract term or agreement as a topic.</summary>
    Renewal,
    /// <summary>Pushes price, payment, a signature or a deadline.</summary>
    PricePush,
    /// <summary>Recaps value delivered or progress against the customer's goals.</summary>
    ValueRecap,
    /// <summary>Offers more: an upgrade, another product, more seats, an add-on.</summary>
    Upsell,
    Other,
}

public static class SentenceLabels
{
    public static IReadOnlyList<SentenceLabel> All { get; } = Enum.GetValues<SentenceLabel>();

    public static int Count { get; } = All.Count;

    public static string Name(this SentenceLabel label) => label switch
    {
        SentenceLabel.Pleasantry => "pleasantry",
        SentenceLabel.CheckIn => "check-in",
        SentenceLabel.IntroUs => "intro-us",
        SentenceLabel.MeetingAsk => "meeting-ask",
        SentenceLabel.SelfPromo => "self-promo",
        SentenceLabel.RecipientSpecific => "recipient-specific",
        SentenceLabel.Substance => "substance",
        SentenceLabel.Renewal => "renewal",
        SentenceLabel.PricePush => "price-push",
        SentenceLabel.ValueRecap => "value-recap",
        SentenceLabel.Upsell => "upsell",
        _ => "other",
    };

    public static bool TryParse(string? name, out SentenceLabel label)
    {
        foreach (var candidate in All)
        {
            if (candidate.Name() == name)
            {
                label = candidate;
                return true;
            }
        }
        label = SentenceLabel.Other;
        return false;
    }
}
