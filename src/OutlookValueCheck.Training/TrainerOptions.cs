using System.Globalization;

namespace OutlookValueCheck.Training;

/// <summary>
/// The trainer's settings. They are part of the model's fingerprint: changing one makes the shipped model stale.
/// One thread and a fixed seed make training repeatable to the bit on the same runtime.
/// </summary>
public sealed record TrainerOptions
{
    public int Seed { get; init; } = 20261201;
    public float L2Regularization { get; init; } = 1e-5f;
    public int Iterations { get; init; } = 40;

    /// <summary>
    /// Each sentence weighs (count of the commonest label / count of its label)^this: 0 weighs all alike; higher
    /// moves the rare labels (upsell, renewal) up against pleasantry and substance.
    /// </summary>
    public float SentenceClassWeighting { get; init; }

    /// <summary>The mail-intent model's L2 penalty (ML.NET's L-BFGS logistic regression; its default is 1).</summary>
    public float IntentL2Regularization { get; init; } = 1f;

    /// <summary>
    /// Each mail that has an intent weighs (odds against the intent)^this in the intent's regression: 0 weighs every
    /// mail alike, 1 balances the classes; between, a missed warning costs more than a false one, but not as much.
    /// </summary>
    public float IntentPositiveWeighting { get; init; } = 0.5f;

    /// <summary>The settings the sentence model depends on (not the mail-intent model's).</summary>
    public string SentenceSettings => string.Create(CultureInfo.InvariantCulture,
        $"sdca-maximum-entropy seed={Seed} l2={L2Regularization:R} iterations={Iterations} classes^{SentenceClassWeighting:R} threads=1");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{SentenceSettings}; intents: lbfgs-logistic l2={IntentL2Regularization:R} positives^{IntentPositiveWeighting:R} folds={MailIntentTrainer.Folds}");
}
