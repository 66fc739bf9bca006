using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Core.Tests.Model;

public sealed class SentenceFeaturesTests
{
    private static int[] Features(string sentence)
    {
        var buckets = new int[SentenceFeatures.MaxFeatures];
        return buckets[..SentenceFeatures.Extract(sentence, buckets)];
    }

    [Fact]
    public void Case_digits_curly_apostrophes_and_punctuation_spacing_do_not_change_the_features()
    {
        Assert.Equal(Features("I’m free for 15 min on Tuesday?"), Features("i'm FREE for 20 min on tuesday ?"));
    }

    [Fact]
    public void Features_are_distinct_ascending_buckets_and_a_sentence_vector_has_length_one()
    {
        var features = Features("Just checking in to see whether you had a chance to look at the proposal.");

        Assert.Equal(features.Order().Distinct(), features);
        Assert.All(features, bucket => Assert.InRange(bucket, 0, SentenceFeatures.Buckets - 1));
        Assert.Equal(1.0, features.Length * Math.Pow(SentenceFeatures.ValueOf(features.Length), 2), 5);
    }

    [Fact]
    public void A_sentence_longer_than_the_limit_is_read_up_to_it()
    {
        var longSentence = string.Concat(Enumerable.Repeat("word ", 1000));

        Assert.Equal(Features(longSentence[..SentenceFeatures.MaxCharacters]), Features(longSentence));
        Assert.Empty(Features("  -- ... "));
    }
}
