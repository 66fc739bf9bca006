using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Model;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Training;

/// <summary>
/// Learns the <see cref="MailIntentModel"/>: each training mail is read by a sentence model that never saw it (k
/// folds by mail, as in cross-validation), so the intent model learns from the sentence probabilities a check will
/// really see, errors included; then one ML.NET logistic regression per intent fits the authors' intent labels.
/// </summary>
public static class MailIntentTrainer
{
    public const int Folds = 5;

    /// <summary>How far Core's confidences may stray from ML.NET's on any training mail (float rounding only).</summary>
    public const float Tolerance = 1e-4f;

    public sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; } = 1f;

        [VectorType(MailFeatures.Count)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    /// <param name="cache">Where the out-of-fold sentence models are kept, filed under <paramref name="madeOf"/> and the fold.</param>
    public static MailIntentModel Train(IReadOnlyList<TrainingSentence> sentences, IReadOnlyList<TrainingMail> mails, TrainerOptions options,
        SentenceModelCache? cache = null, string madeOf = "")
    {
        var features = OutOfFoldFeatures(sentences, mails, options, cache ?? new SentenceModelCache(null), madeOf);
        var context = new MLContext(options.Seed);
        var weights = new float[MailIntentNames.All.Count * MailFeatures.Count];
        var biases = new float[MailIntentNames.All.Count];
        var engines = new List<PredictionEngine<Row, Scored>>();
        foreach (var intent in MailIntentNames.All)
        {
            var rows = mails.Select((mail, m) => new Row { Label = Learns(mail, intent, options), Features = features[m] }).ToList();
            // Intents are rare (a tenth of the mails or fewer): weighing each mail that has one by a power of the odds
            // against it moves the model toward finding them (TrainerOptions.IntentPositiveWeighting).
            var positives = Math.Max(1, rows.Count(row => row.Label));
            var positiveWeight = MathF.Pow((float)(rows.Count - positives) / positives, options.IntentPositiveWeighting);
            foreach (var row in rows.Where(row => row.Label))
                row.Weight = positiveWeight;
            var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L2Regularization = options.IntentL2Regularization,
                NumberOfThreads = 1,
            });
            var fitted = trainer.Fit(context.Data.LoadFromEnumerable(rows));
            var linear = fitted.Model.SubModel;
            linear.Weights.ToArray().CopyTo(weights, (int)intent * MailFeatures.Count);
            biases[(int)intent] = linear.Bias;
            engines.Add(context.Model.CreatePredictionEngine<Row, Scored>(fitted));
        }
        var model = new MailIntentModel(weights, biases);

        // Core's scorer must give ML.NET's probabilities (logistic regression's calibrator is the plain sigmoid).
        Span<float> ours = stackalloc float[MailIntentNames.All.Count];
        foreach (var row in features)
        {
            model.Predict(row, ours);
            foreach (var intent in MailIntentNames.All)
            {
                var theirs = engines[(int)intent].Predict(new Row { Features = row }).Probability;
                if (MathF.Abs(theirs - ours[(int)intent]) > Tolerance)
                    throw new InvalidOperationException($"Core's {intent.Name()} confidence {ours[(int)intent]} differs from ML.NET's {theirs}; the model was not written.");
            }
        }
        return model;
    }

    /// <summary>Whether the intent model learns this mail as having the intent: as its author labeled it, but see <see cref="TrainerOptions.PitchIsSellerCentric"/>.</summary>
    private static bool Learns(TrainingMail mail, MailIntent intent, TrainerOptions options) =>
        mail.Intents.Contains(intent.Name())
        || (options.PitchIsSellerCentric && intent == MailIntent.SellerCentric && mail.Intents.Contains(MailIntent.GenericPitch.Name()));

    /// <summary>Each mail's features as read by a sentence model trained on the other folds' mails.</summary>
    private static float[][] OutOfFoldFeatures(IReadOnlyList<TrainingSentence> sentences, IReadOnlyList<TrainingMail> mails, TrainerOptions options,
        SentenceModelCache cache, string madeOf)
    {
        var foldOf = CrossValidation.FoldsByMail(mails.Select(mail => mail.Id), options.Seed, Folds);
        var features = new float[mails.Count][];
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = cache.Get($"{madeOf}\0out-of-fold {fold} of {Folds}",
                () => SentenceTrainer.Train([.. sentences.Where(sentence => foldOf[sentence.MailId] != fold)], options, "out-of-fold").Model);
            var judge = new ModelJudge(model);
            for (var m = 0; m < mails.Count; m++)
            {
                if (foldOf[mails[m].Id] == fold)
                    features[m] = judge.FeaturesOf(mails[m].Subject, MailText.From(mails[m].Body, BodyFormat.Text).Authored);
            }
        }
        return features;
    }
}
