namespace OutlookValueCheck.Core.Model;

/// <summary>
/// What the mail-intent model reads of a whole mail, from its sentences' label probabilities: per label the
/// strongest sentence (subject included), the average body sentence and how many sentences do it; the strongest
/// value recap, substance and recipient-specific sentence that talk neither price nor renewal terms (a recap beside
/// a price is no push); how long the mail is; and, for every two labels, the product of their strongest sentences.
/// The strongest sentence says what the mail does at all, the average what it mostly does, the count whether it
/// keeps doing it; the products let one linear model read "both at once" (a renewal AND a price push is a push, a
/// renewal alone is not), which the renewal intents once needed hand-written rules for (decision 96).
/// </summary>
public static class MailFeatures
{
    /// <summary>Bumped whenever a feature changes meaning: a model of another version is refused.</summary>
    public const int Version = 2;

    private const int Labels = 12;

    /// <summary>Where the three "beside price" values start: value recap, substance, recipient-specific.</summary>
    private const int BesideRecap = 2 * Labels;

    /// <summary>Where the per-label "how many sentences" values start.</summary>
    private const int Many = BesideRecap + 3;

    private const int Length = Many + Labels;

    /// <summary>Where the products of two labels' maxima start.</summary>
    private const int Pairs = Length + 1;

    /// <summary>Maxima, means, three "beside price" values, counts, the length and the pairs.</summary>
    public const int Count = Pairs + Labels * (Labels - 1) / 2;

    static MailFeatures()
    {
        if (SentenceLabels.Count != Labels)
            throw new InvalidOperationException($"MailFeatures counts {Labels} sentence labels; there are {SentenceLabels.Count}.");
    }

    /// <param name="maxima">Per label, the highest probability over the subject and the sentences.</param>
    /// <param name="sums">Per label, the sum of the body sentences' probabilities.</param>
    /// <param name="sentences">How many body sentences there were.</param>
    /// <param name="beside">Value recap, substance and recipient-specific text beside any price or renewal talk.</param>
    public static void Write(ReadOnlySpan<float> maxima, ReadOnlySpan<float> sums, int sentences, ReadOnlySpan<float> beside, Span<float> features)
    {
        for (var k = 0; k < Labels; k++)
        {
            features[k] = maxima[k];
            features[Labels + k] = sentences == 0 ? 0f : sums[k] / sentences;
            // The expected number of sentences that do it, log-scaled: one self-promoting line in a long answer and
            // five in a row have about the same maximum, and a mean that depends on how much else the mail says.
            features[Many + k] = MathF.Log(1 + sums[k]);
        }
        beside[..3].CopyTo(features[BesideRecap..]);
        // Log-scaled, so a 40-sentence report and a 4-sentence note differ by about 1, not by 36.
        features[Length] = MathF.Log(1 + sentences) / 3f;
        var pair = Pairs;
        for (var a = 0; a < Labels; a++)
        {
            for (var b = a + 1; b < Labels; b++)
                features[pair++] = maxima[a] * maxima[b];
        }
    }
}
