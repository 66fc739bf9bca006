namespace OutlookValueCheck.Core.Model;

/// <summary>
/// What the mail-intent model reads of a whole mail, from its sentences' label probabilities: per label the
/// strongest sentence (subject included) and the average body sentence, the strongest value recap, substance and
/// recipient-specific sentence that talk neither price nor renewal terms (a recap beside a price is no push), and how
/// long the mail is. The strongest sentence says what the mail does at all; the average says what it mostly does.
/// (Products of "empty" labels with the mail's grounding were tried as well: no better on held-out authors, a little
/// worse on the corpus, so they are not features.)
/// </summary>
public static class MailFeatures
{
    /// <summary>Bumped whenever a feature changes meaning: a model of another version is refused.</summary>
    public const int Version = 1;

    private const int Labels = 12;

    /// <summary>Where the three "beside price" values start: value recap, substance, recipient-specific.</summary>
    public const int BesideRecap = 2 * Labels;

    /// <summary>Maxima, means, three "beside price" values and the length.</summary>
    public const int Count = 2 * Labels + 3 + 1;

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
        }
        beside[..3].CopyTo(features[BesideRecap..]);
        // Log-scaled, so a 40-sentence report and a 4-sentence note differ by about 1, not by 36.
        features[Count - 1] = MathF.Log(1 + sentences) / 3f;
    }
}
