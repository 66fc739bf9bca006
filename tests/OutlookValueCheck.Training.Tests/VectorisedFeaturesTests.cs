using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training.Tests;

/// <summary>
/// The sentence features hash eight character positions at once where the machine has 256-bit vectors. The model
/// was trained on the buckets of the one-at-a-time hash, so both must give the same buckets, on every sentence the
/// model was trained on (every language, typos, emoji, the longest run-ons) and on the edge lengths of the vector loop.
/// (Without hardware vectors .NET runs the vector code in software, so the test means the same on any machine.)
/// </summary>
public sealed class VectorisedFeaturesTests
{
    private static string TrainingFolder => Path.Combine(RepositoryRoot.Find(), "tests", "corpus", "training");

    private static int[] Buckets(string sentence, bool vectorised)
    {
        var buckets = new int[SentenceFeatures.MaxFeatures];
        var features = buckets[..SentenceFeatures.Extract(sentence, [], [], [], buckets, vectorised)];
        Array.Sort(features);
        return features;
    }

    [Fact]
    public void Eight_positions_at_once_give_the_buckets_of_one_at_a_time_on_every_training_sentence()
    {
        var edges = Enumerable.Range(1, 40).Select(length => string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + i % 26))));
        var differing = TrainingData.Load(TrainingFolder).Select(sentence => sentence.Text)
            .Concat(edges)
            .Concat([new string('x', SentenceFeatures.MaxCharacters * 2), "Grüße aus Zürich 👋 – ¿qué tal?"])
            .Where(sentence => !Buckets(sentence, vectorised: true).SequenceEqual(Buckets(sentence, vectorised: false)))
            .Take(5)
            .ToList();

        Assert.Empty(differing);
    }
}
