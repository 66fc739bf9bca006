using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>
/// The whole shipped model from a training folder: the sentence model on every labeled sentence, and the mail-intent
/// model on every labeled mail read out of fold. The one path both `valuecheck-train` and the tests take.
/// </summary>
public static class ModelBuilder
{
    public sealed record Built(SentenceModel Model, SentenceTrainer.Trained Sentences, IReadOnlyList<TrainingSentence> Data);

    public static Built Build(string folder, TrainerOptions options)
    {
        var sentences = TrainingData.Load(folder);
        var trained = SentenceTrainer.Train(sentences, options, Fingerprints.Of(folder, options));
        var intents = MailIntentTrainer.Train(sentences, TrainingData.Mails(folder), options);
        return new Built(trained.Model.WithIntents(intents), trained, sentences);
    }
}
