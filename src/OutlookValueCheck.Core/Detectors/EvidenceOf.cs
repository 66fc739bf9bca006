using System.Globalization;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>Builds evidence and the phrases messages use to describe facts.</summary>
internal static class EvidenceOf
{
    private const int MaxPhrases = 4;

    public static IEnumerable<Evidence> Phrases(IEnumerable<Passage> passages) =>
        passages.DistinctBy(passage => (passage.Part, passage.Start))
            .OrderBy(passage => passage.Part).ThenBy(passage => passage.Start)
            .Take(MaxPhrases)
            .Select(passage => new PhraseEvidence(passage.Part, passage.Start, passage.Length, passage.Text));

    private const int MaxQuoteLength = 80;

    /// <summary>
    /// The sentence around the first passage of the evidence, as a message quotes it (Any news on your side?):
    /// a cue phrase alone ("my name is") says less than the seller's own sentence. Whitespace is folded and a long
    /// sentence cut at a word near <see cref="MaxQuoteLength"/> characters; empty when there is no passage. The words
    /// are the seller's, so a message never claims more than the evidence shows; the wording adds the quote marks.
    /// </summary>
    public static string SentenceWords(IEnumerable<Passage> passages)
    {
        var ordered = passages.OrderBy(passage => passage.Part).ThenBy(passage => passage.Start).ToList();
        if (ordered.Count == 0)
            return "";
        var words = string.Join(' ', SentenceAround(ordered[0]).ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (words.Length > MaxQuoteLength)
        {
            var cut = words.LastIndexOf(' ', MaxQuoteLength);
            words = string.Concat(words.AsSpan(0, cut > MaxQuoteLength / 2 ? cut : MaxQuoteLength).TrimEnd(",;:-–— "), "…");
        }
        return words;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n'];

    /// <summary>The passage widened to the sentence it sits in: from after the previous end mark to its own.</summary>
    private static ReadOnlySpan<char> SentenceAround(Passage passage)
    {
        var source = passage.Source.AsSpan();
        var start = source[..passage.Start].LastIndexOfAny(SentenceEnds) + 1;
        var end = passage.Start + passage.Length;
        // A passage that is a whole sentence (the model's) already ends at its own mark.
        if (passage.Length == 0 || Array.IndexOf(SentenceEnds, source[end - 1]) < 0)
        {
            var next = source[end..].IndexOfAny(SentenceEnds);
            end = next < 0 ? source.Length : end + next + (source[end + next] == '\n' ? 0 : 1);
        }
        return source[start..end].Trim();
    }

    public static Evidence Relationship(RecipientFacts recipient) =>
        new FactEvidence("account.relationship", recipient.Account!.Relationship.Name(), recipient.CrmSource);

    public static Evidence CustomerSince(RecipientFacts recipient) =>
        new FactEvidence("account.customer_since", Date(recipient.Account!.CustomerSince), recipient.CrmSource);

    public static Evidence Fact(RecipientFacts recipient, string fact, string value) =>
        new FactEvidence(fact, value, recipient.CrmSource);

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>"Olivia Chen at Northwind Traders", or just the address when the CRM knows neither.</summary>
    public static string Who(RecipientFacts recipient) =>
        recipient.Account is { } account && recipient.Contact?.FullName is { } name ? $"{name} at {account.Name}" : recipient.DisplayName;
}
