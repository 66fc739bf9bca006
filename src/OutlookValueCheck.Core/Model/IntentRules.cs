namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The two mail intents still read by documented rules rather than by the <see cref="MailIntentModel"/>: a renewal
/// push needs the renewal topic AND a push for price or signature (a product of two readings, which a linear model
/// over the mail's features cannot express: it read an answer about renewal timing as a push), and the value a
/// renewal mail offers is the strongest recap-like sentence beside any price talk. Judged whole mails of authors the
/// model never saw (`valuecheck-train --hold-out`) showed these rules at least as good as the learned intents.
/// Each rule reads the highest probability of each label over the mail's sentences (<c>m(label)</c>).
/// </summary>
public static class IntentRules
{
    /// <summary>How much a likely offer sentence takes from the renewal reading (training mails: more precise, recall kept).</summary>
    private const float OfferDiscount = 0.7f;

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

    private static float Clamp(float value) => Math.Clamp(value, 0f, 1f);
}
