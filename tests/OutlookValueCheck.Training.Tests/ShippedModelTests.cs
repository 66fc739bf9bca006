using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training.Tests;

/// <summary>
/// The model Core ships is what the repository's data and code make: its recorded fingerprint is today's, and
/// training again (one thread, fixed seed) writes the same bytes.
/// </summary>
public sealed class ShippedModelTests
{
    private static string TrainingFolder => Path.Combine(RepositoryRoot.Find(), "tests", "corpus", "training");

    private static string ShippedFile => Path.Combine(RepositoryRoot.Find(), "src", "OutlookValueCheck.Core", "Model", "sentence-model.bin");

    [Fact]
    public void The_shipped_model_records_the_fingerprint_of_the_training_data_features_and_options_in_the_repository()
    {
        var fingerprint = Fingerprints.Of(TrainingFolder, new TrainerOptions());

        Assert.True(fingerprint == ShippedSentenceModel.Get().Fingerprint,
            "The training data, the features or the trainer's options changed since the shipped model was made: run `dotnet run --project src/OutlookValueCheck.Training` and commit the model.");
    }

    [Fact]
    public void The_embedded_model_is_the_model_file_in_the_repository()
    {
        using var file = File.OpenRead(ShippedFile);
        var onDisk = SentenceModelFile.Read(file);

        Assert.Equal(onDisk.Fingerprint, ShippedSentenceModel.Get().Fingerprint);
        Assert.True(onDisk.Weights.SequenceEqual(ShippedSentenceModel.Get().Weights));
        Assert.True(onDisk.Intents!.Weights.SequenceEqual(ShippedSentenceModel.Get().Intents!.Weights));
    }

    [Fact]
    public void Training_again_from_the_repository_makes_the_shipped_model_and_Core_scores_as_MLNET_does()
    {
        var built = ModelBuilder.Build(TrainingFolder, new TrainerOptions());
        var (trained, sentences) = (built.Sentences, built.Data);
        var shipped = ShippedSentenceModel.Get();

        // On this machine the bytes are the same; another CPU may round ML.NET's vector arithmetic differently, so
        // the proof is that every training sentence gets the shipped model's probabilities, to rounding.
        Span<float> retrained = stackalloc float[SentenceLabels.Count];
        Span<float> ours = stackalloc float[SentenceLabels.Count];
        var largest = 0f;
        foreach (var sentence in sentences)
        {
            trained.Model.Predict(sentence.Text, sentence.Previous, sentence.Next, sentence.Subject, retrained);
            shipped.Predict(sentence.Text, sentence.Previous, sentence.Next, sentence.Subject, ours);
            for (var k = 0; k < retrained.Length; k++)
                largest = MathF.Max(largest, MathF.Abs(retrained[k] - ours[k]));
        }
        Assert.Equal(shipped.Description, trained.Model.Description);
        // The mail-intent model too: every weight as shipped, to rounding.
        var intentWeights = built.Model.Intents!.Weights.ToArray().Zip(shipped.Intents!.Weights.ToArray(), (a, b) => MathF.Abs(a - b)).Max();
        var intentBiases = built.Model.Intents.Biases.ToArray().Zip(shipped.Intents.Biases.ToArray(), (a, b) => MathF.Abs(a - b)).Max();
        Assert.InRange(MathF.Max(intentWeights, intentBiases), 0f, 1e-3f);
        Assert.InRange(largest, 0f, 1e-3f);
        Assert.InRange(SentenceTrainer.LargestDifference(trained, sentences), 0f, SentenceTrainer.Tolerance);
    }
}
