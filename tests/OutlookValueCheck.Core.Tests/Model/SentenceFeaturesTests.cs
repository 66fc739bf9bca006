using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Core.Tests.Model;

public sealed class SentenceFeaturesTests
{
    private static int[] Features(string sentence, string previous = "", string next = "", string subject = "")
    {
        var buckets = new int[SentenceFeatures.MaxFeatures];
        var features = buckets[..SentenceFeatures.Extract(sentence, previous, next, subject, buckets)];
        Array.Sort(features);
        return features;
    }

    [Fact]
    public void Case_digits_curly_apostrophes_and_punctuation_spacing_do_not_change_the_features()
    {
        Assert.Equal(Features("I’m free for 15 min on Tuesday?"), Features("i'm FREE for 20 min on tuesday ?"));
    }

    [Theory]
    [InlineData("Viele Grüße aus Zürich", "Viele Grusse aus Zurich")]
    [InlineData("Déjà reçu, merci ! À bientôt", "deja recu, merci! a bientot")]
    [InlineData("¿Podrías revisar la cotización mañana?", "Podrias revisar la cotizacion manana?")]
    [InlineData("Un cœur d'œuvre", "un coeur d'oeuvre")]
    public void Accents_sharp_s_and_ligatures_read_as_the_plain_letters_people_type_without_them(string spelled, string typed)
    {
        Assert.Equal(Features(spelled), Features(typed));
    }

    [Fact]
    public void A_sign_that_is_no_letter_stays_a_word_break_and_a_letter_with_no_plain_form_stays_itself()
    {
        Assert.Equal(Features("3 4 cm"), Features("3 × 4 cm"));
        Assert.NotEqual(Features("Ørsted"), Features("rsted"));
    }

    [Fact]
    public void Features_are_distinct_buckets_and_a_sentence_vector_has_length_one()
    {
        // " just checking in " is 18 characters: 16 trigrams, 15 four-grams, 14 five-grams, with 3 words and 4 bigrams,
        // and that nothing comes before or after it.
        var features = Features("Just checking in");
        var repeated = Features("in in in");

        Assert.InRange(features.Length, 40, 3 + 4 + 16 + 15 + 14 + 2);
        Assert.Equal(features.Distinct(), features);
        Assert.Equal(repeated.Distinct(), repeated);
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

    [Fact]
    public void The_words_of_the_sentences_around_it_are_features_of_their_own_kind()
    {
        const string sentence = "It syncs with your ERP.";
        var alone = Features(sentence);
        var afterAnOffer = Features(sentence, previous: "We now also offer a planning module.");
        var beforeAnOffer = Features(sentence, next: "We now also offer a planning module.");

        // Seven words where "nothing before it" was: six more features, all of them new (not the sentence's own words).
        Assert.Equal(alone.Length + 6, afterAnOffer.Length);
        Assert.Equal(alone.Length + 6, beforeAnOffer.Length);
        Assert.Equal(alone.Length - 1, alone.Intersect(afterAnOffer).Count());
        Assert.NotEqual(afterAnOffer, beforeAnOffer);
        Assert.Equal(alone, Features(sentence, previous: "  -- ", next: ""));
    }

    [Fact]
    public void The_words_of_the_subject_line_are_features_of_their_own_kind_and_no_subject_adds_none()
    {
        const string sentence = "It syncs with your ERP.";
        var alone = Features(sentence);
        var underAnOffer = Features(sentence, subject: "New: a planning module");

        // Four words under the subject, none of them one of the sentence's own or its neighbours' kind.
        Assert.Equal(alone.Length + 4, underAnOffer.Length);
        Assert.Equal(alone.Length, alone.Intersect(underAnOffer).Count());
        Assert.NotEqual(Features(sentence, previous: "New: a planning module"), underAnOffer);
        Assert.Equal(alone, Features(sentence, subject: "  -- "));
    }
}
