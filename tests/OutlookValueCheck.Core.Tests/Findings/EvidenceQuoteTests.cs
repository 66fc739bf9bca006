using OutlookValueCheck.Core.Detectors;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;

namespace OutlookValueCheck.Core.Tests.Findings;

/// <summary>A finding's message quotes the seller's own sentence that made it, never words the mail does not hold.</summary>
public sealed class EvidenceQuoteTests
{
    private const string Body = "Hi Pat,\nHope the launch went well. Just checking in on the proposal, any news?\nAnna";

    private static Passage At(string words) => new(TextPart.Body, Body.IndexOf(words, StringComparison.Ordinal), words.Length, Body);

    [Fact]
    public void A_cue_phrase_is_quoted_as_the_whole_sentence_it_sits_in()
    {
        Assert.Equal("Just checking in on the proposal, any news?", EvidenceOf.SentenceWords([At("checking in")]));
    }

    [Fact]
    public void A_passage_that_is_a_sentence_is_quoted_as_it_is_and_the_first_one_in_the_text_wins()
    {
        Assert.Equal("Hope the launch went well.", EvidenceOf.SentenceWords([At("Just checking in on the proposal, any news?"), At("Hope the launch went well.")]));
    }

    [Fact]
    public void A_long_sentence_is_cut_at_a_word_and_no_evidence_quotes_nothing()
    {
        var text = "We " + string.Join(' ', Enumerable.Repeat("really", 30)) + " think you should renew.";
        var quote = EvidenceOf.SentenceWords([new Passage(TextPart.Body, 0, 2, text)]);

        Assert.EndsWith("really…", quote, StringComparison.Ordinal);
        Assert.True(quote.Length <= 82, quote);
        Assert.Equal("", EvidenceOf.SentenceWords([]));
        Assert.Equal("", OutlookValueCheck.Core.Wording.Wordings.English.QuoteAside(""));
    }

    [Fact]
    public void The_check_in_finding_names_the_sentence()
    {
        var pat = Checks.Scenario.Recipient("pat@fabrikam.com", Checks.Scenario.Account(OutlookValueCheck.Core.Recipients.Relationship.Customer));

        var finding = Assert.Single(Checks.Scenario.Check("Hi Pat,\n\nJust checking in. Any updates?\n\nAnna", pat).Findings);

        Assert.Equal(FindingCode.NoValueCheckIn, finding.Code);
        Assert.Contains("(“Just checking in.”)", finding.Message, StringComparison.Ordinal);
    }
}
