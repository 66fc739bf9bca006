namespace OutlookValueCheck.Core.Judgment;

/// <summary>
/// What a mail does, as a judge read it: each intent with its confidence and evidence, and how much the mail talks
/// about us against them. <see cref="Absent"/> is the reading of a mail whose text was not judged.
/// </summary>
public sealed record MailIntents
{
    public static MailIntents Absent { get; } = new();

    /// <summary>Introduces us as to a stranger and asks for time, with nothing tied to the recipient.</summary>
    public Intent GenericPitch { get; init; } = Intent.Absent;

    /// <summary>Exists only to stay in touch: nothing new or useful in it.</summary>
    public Intent CheckInOnly { get; init; } = Intent.Absent;

    /// <summary>About a renewal, contract or price change, and asks for price or signature.</summary>
    public Intent RenewalPush { get; init; } = Intent.Absent;

    /// <summary>Recaps the value the customer got, or speaks to their goals.</summary>
    public Intent ValueRecap { get; init; } = Intent.Absent;

    /// <summary>Sells more to someone who already buys: an upgrade, an add-on, more seats, a discount to act now.</summary>
    public Intent Upsell { get; init; } = Intent.Absent;

    /// <summary>About us and our company, with nothing specific to the recipient's situation.</summary>
    public Intent SellerCentric { get; init; } = Intent.Absent;

    /// <summary>Gives real help: an answer, data, a fix, a document, a status.</summary>
    public Intent HelpGiven { get; init; } = Intent.Absent;

    /// <summary>Speaks to the recipient's own situation: their account, data, people, history.</summary>
    public Intent RecipientSpecific { get; init; } = Intent.Absent;

    /// <summary>The passages that push for money, a signature or time (upsell, price, meeting asks): what an at-risk account minds.</summary>
    public IReadOnlyList<Passage> PushEvidence { get; init; } = [];

    /// <summary>The judge read only the first part of a very long authored text (the size is the judge's).</summary>
    public bool JudgedTextCut { get; init; }

    /// <summary>"we", "our", "us" and the seller's company name.</summary>
    public int SellerWords { get; init; }

    /// <summary>"you", "your" and their informal spellings.</summary>
    public int RecipientWords { get; init; }
}
