namespace OutlookValueCheck.Core.Model;

/// <summary>
/// How the sentence model's per-sentence probabilities become a mail's intents. Each rule reads only the highest
/// probability of each label over the mail's sentences (<c>m(label)</c>): what the strongest sentence of each kind
/// does, however long the mail. "Grounding" — substance, something specific to the recipient, a value recap —
/// argues against the empty intents, as a manager would read it: a check-in that carries a fix is not empty.
/// The weights were chosen on the training mails' own intent labels with out-of-fold sentence probabilities
/// (docs/decisions.md), never on a test set.
/// </summary>
public static class IntentRules
{
    /// <summary>How much a likely offer sentence takes from the pitch and renewal readings (training mails: both more precise, recall kept).</summary>
    private const float OfferDiscount = 0.7f;

    /// <summary>m(check-in), less the strongest grounding (substance counts 0.7: it is over-predicted).</summary>
    public static float CheckInOnly(ReadOnlySpan<float> m) =>
        Clamp(m[(int)SentenceLabel.CheckIn] * (1 - Max(0.7f * m[(int)SentenceLabel.Substance], m[(int)SentenceLabel.RecipientSpecific], m[(int)SentenceLabel.ValueRecap])));

    /// <summary>
    /// Introducing us, helped by a meeting ask or self-promotion, less substance and recipient-specific text; an offer
    /// to someone who already buys is an upsell, not a stranger's pitch.
    /// </summary>
    public static float GenericPitch(ReadOnlySpan<float> m) =>
        Clamp(Clamp(m[(int)SentenceLabel.IntroUs] + 0.6f * m[(int)SentenceLabel.MeetingAsk] + 0.4f * m[(int)SentenceLabel.SelfPromo])
            * (1 - 0.6f * m[(int)SentenceLabel.Substance] - 0.4f * m[(int)SentenceLabel.RecipientSpecific])
            * (1 - OfferDiscount * m[(int)SentenceLabel.Upsell]));

    /// <summary>Self-promotion (or an introduction, or an unasked-for offer), less substance and recipient-specific text.</summary>
    public static float SellerCentric(ReadOnlySpan<float> m) =>
        Clamp(Clamp(m[(int)SentenceLabel.SelfPromo] + 0.7f * m[(int)SentenceLabel.IntroUs] + 0.3f * m[(int)SentenceLabel.Upsell])
            * (1 - 0.6f * m[(int)SentenceLabel.Substance] - 0.5f * m[(int)SentenceLabel.RecipientSpecific]));

    /// <summary>
    /// The renewal topic with a push for price or signature; without a push it is only a renewal mentioned (a faint
    /// one, below 0.1, is none: an answer about renewal timing), and the price of an upsell's offer is the upsell's.
    /// </summary>
    public static float RenewalPush(ReadOnlySpan<float> m) =>
        Clamp(m[(int)SentenceLabel.Renewal] + m[(int)SentenceLabel.PricePush]) * Clamp((m[(int)SentenceLabel.PricePush] - 0.1f) / 0.3f)
            * (1 - OfferDiscount * m[(int)SentenceLabel.Upsell]);

    /// <summary>
    /// What a renewal mail offers besides the price: a recap of value, or concrete news about their account (authors
    /// write much of a recap as substance: "24 of 24 licences are active, Defender stopped 1,146 phishing mails"). Each
    /// is the strongest such sentence that does not push a price or talk renewal terms; substance counts 0.4, being
    /// over-predicted (training mails: renewal-without-value precision 0.92 against 0.85, recall 0.79 against 0.83).
    /// </summary>
    public static float ValueRecap(float recap, float substance, float specific) =>
        Clamp(MathF.Max(1.3f * recap, MathF.Max(0.4f * substance, specific)));

    /// <summary>Offers are rarer than any other label and under-predicted: one fairly likely offer sentence is enough.</summary>
    public static float Upsell(ReadOnlySpan<float> m) => Clamp(1.6f * m[(int)SentenceLabel.Upsell]);

    /// <summary>Substance, unless the mail's strongest sentence is selling.</summary>
    public static float HelpGiven(ReadOnlySpan<float> m) =>
        Clamp(m[(int)SentenceLabel.Substance]
            * (1 - 0.5f * Max(m[(int)SentenceLabel.SelfPromo], m[(int)SentenceLabel.IntroUs], Max(m[(int)SentenceLabel.Upsell], m[(int)SentenceLabel.PricePush], 0))));

    public static float RecipientSpecific(ReadOnlySpan<float> m) => m[(int)SentenceLabel.RecipientSpecific];

    private static float Max(float a, float b, float c) => MathF.Max(a, MathF.Max(b, c));

    private static float Clamp(float value) => Math.Clamp(value, 0f, 1f);
}
