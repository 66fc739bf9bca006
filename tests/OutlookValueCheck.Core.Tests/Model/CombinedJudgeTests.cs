using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Model;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Tests.Model;

/// <summary>Which intents the lexicon's phrases may decide in the combined judge (decision 92).</summary>
public sealed class CombinedJudgeTests
{
    private static readonly LexiconJudge Lexicon = new();
    private static readonly ModelJudge Model = new(ShippedSentenceModel.Get());
    private static readonly CombinedJudge Combined = new(Lexicon, Model);

    private static (MailIntents Exact, MailIntents Learned, MailIntents Combined) ReadAll(string subject, string body)
    {
        var text = MailText.From(body, BodyFormat.Text);
        var context = new ReadingContext(["contoso"], ["Fabrikam"], "en");
        return (Lexicon.Judge(subject, text, context), Model.Judge(subject, text, context), Combined.Judge(subject, text, context));
    }

    [Fact]
    public void An_exact_check_in_phrase_leads_where_it_is_more_confident_than_the_model()
    {
        var (exact, learned, combined) = ReadAll("Checking in", "Hi Dana,\n\nJust checking in to see if you had any thoughts on my last email.\n\nBest,\nTom");

        Assert.True(exact.CheckInOnly.Confidence > learned.CheckInOnly.Confidence, $"lexicon {exact.CheckInOnly.Confidence}, model {learned.CheckInOnly.Confidence}");
        Assert.Equal(exact.CheckInOnly.Confidence, combined.CheckInOnly.Confidence);
        Assert.Equal(exact.CheckInOnly.Evidence, combined.CheckInOnly.Evidence);
    }

    [Fact]
    public void Upsell_renewal_push_and_help_are_the_models_alone_even_where_a_phrase_matched()
    {
        var (exact, learned, combined) = ReadAll(
            "Your renewal",
            "Hi Dana,\n\nYour subscription renews on 1 March. Prices go up 8% after that, so please sign the renewal by Friday. "
            + "While you are at it, upgrade to the Premium tier and add 10 more seats at 20% off.\n\nBest,\nTom");

        // The lexicon is surer than the model here, so "the more confident speaks" would have taken its reading.
        Assert.True(exact.Upsell.Confidence > learned.Upsell.Confidence, $"lexicon {exact.Upsell.Confidence}, model {learned.Upsell.Confidence}");
        Assert.True(exact.RenewalPush.Confidence > learned.RenewalPush.Confidence, $"lexicon {exact.RenewalPush.Confidence}, model {learned.RenewalPush.Confidence}");
        AssertSame(learned.Upsell, combined.Upsell);
        AssertSame(learned.RenewalPush, combined.RenewalPush);
        AssertSame(learned.HelpGiven, combined.HelpGiven);
    }

    private static void AssertSame(Intent expected, Intent actual)
    {
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Evidence, actual.Evidence);
    }
}
