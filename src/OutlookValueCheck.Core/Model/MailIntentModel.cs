namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The mail-level intents the mail-intent model gives a confidence for; the wire names are the training data's.
/// </summary>
public enum MailIntent
{
    GenericPitch,
    CheckInOnly,
    SellerCentric,
    Upsell,
    Helpful,
    RenewalPush,
    ValueRecap,
}

public static class MailIntentNames
{
    public static IReadOnlyList<MailIntent> All { get; } = Enum.GetValues<MailIntent>();

    public static string Name(this MailIntent intent) => intent switch
    {
        MailIntent.GenericPitch => "generic-pitch",
        MailIntent.CheckInOnly => "check-in-only",
        MailIntent.SellerCentric => "seller-centric",
        MailIntent.Upsell => "upsell",
        MailIntent.RenewalPush => "renewal-push",
        MailIntent.ValueRecap => "value-recap",
        _ => "helpful",
    };
}

/// <summary>
/// How a mail's <see cref="MailFeatures"/> become its intents: one logistic regression per intent, learned from the
/// training mails' own intent labels over out-of-fold sentence probabilities (so it learns how the sentence model
/// errs on mail it has not seen). Replaces hand-set weights: it generalises to new voices as far as the training
/// mails' variety reaches. Immutable; a prediction allocates nothing.
/// </summary>
public sealed class MailIntentModel
{
    private readonly float[] _weights; // intents × features
    private readonly float[] _biases;

    public MailIntentModel(float[] weights, float[] biases)
    {
        if (biases.Length != MailIntentNames.All.Count || weights.Length != biases.Length * MailFeatures.Count)
            throw new ArgumentException("weights and biases disagree with the intents and features.");
        _weights = weights;
        _biases = biases;
    }

    internal ReadOnlySpan<float> Weights => _weights;

    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>The probability of each intent, indexed by <see cref="MailIntent"/>.</summary>
    public void Predict(ReadOnlySpan<float> features, Span<float> confidences)
    {
        for (var i = 0; i < _biases.Length; i++)
        {
            var score = _biases[i];
            var row = _weights.AsSpan(i * MailFeatures.Count, MailFeatures.Count);
            for (var f = 0; f < MailFeatures.Count; f++)
                score += row[f] * features[f];
            confidences[i] = 1f / (1f + MathF.Exp(-score));
        }
    }
}
