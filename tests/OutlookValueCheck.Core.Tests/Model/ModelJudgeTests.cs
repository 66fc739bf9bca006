using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Model;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Tests.Model;

/// <summary>The trained judge on wordings the lexicon has no phrase for, and the shape of what it returns.</summary>
public sealed class ModelJudgeTests
{
    private static readonly ModelJudge Judge = new(ShippedSentenceModel.Get());

    private static MailIntents Read(string body, string subject = "") =>
        Judge.Judge(subject, MailText.From(body, BodyFormat.Text), new ReadingContext(["contoso"], ["Fabrikam"]));

    [Fact]
    public void A_check_in_with_typos_reads_as_a_check_in()
    {
        var intents = Read("Hey Dana,\n\njust chekcing in on this one - any thoughts on ur side?\n\nCheers,\nTom");

        Assert.True(intents.CheckInOnly.Confidence >= 0.5f, $"check-in {intents.CheckInOnly.Confidence}");
    }

    [Fact]
    public void A_mail_that_answers_with_data_is_help_not_a_check_in()
    {
        var intents = Read("Hi Dana,\n\nThe export failed because the date column had two formats. I fixed the mapping and re-ran it: all 4,210 rows are in, and the report is attached.\n\nTom");

        Assert.True(intents.CheckInOnly.Confidence < 0.5f, $"check-in {intents.CheckInOnly.Confidence}");
        Assert.True(intents.HelpGiven.Confidence >= 0.5f, $"help {intents.HelpGiven.Confidence}");
    }

    [Fact]
    public void Evidence_is_whole_sentences_at_their_positions_in_the_text_the_seller_sees()
    {
        var body = "Hi Dana,\n\nI'm Tom, I head partnerships at Contoso - we help logistics teams cut freight spend with AI routing. Would you have 20 minutes next week for a quick intro call?\n\nBest,\nTom";
        var text = MailText.From(body, BodyFormat.Text);

        var intents = Judge.Judge("Quick intro", text, new ReadingContext(["contoso"], []));

        Assert.True(intents.GenericPitch.Confidence >= 0.5f, $"pitch {intents.GenericPitch.Confidence}");
        Assert.NotEmpty(intents.GenericPitch.Evidence);
        foreach (var passage in intents.GenericPitch.Evidence)
        {
            Assert.Equal(TextPart.Body, passage.Part);
            Assert.Equal(text.Plain.Substring(passage.Start, passage.Length), passage.Text);
        }
    }

    [Fact]
    public void Only_the_first_16_KB_of_authored_text_is_judged_and_the_intents_say_so()
    {
        var sentence = "The shipment left Rotterdam on Tuesday and is due in Felixstowe on Friday morning. ";
        var body = string.Concat(Enumerable.Repeat(sentence, ModelJudge.MaxJudgedCharacters / sentence.Length + 10));

        Assert.True(Read(body).JudgedTextCut);
        Assert.False(Read(sentence).JudgedTextCut);
    }

    [Fact]
    public void One_model_serves_many_threads_with_the_same_answers()
    {
        string[] bodies =
        [
            "Just circling back on my last note, any update?",
            "Your renewal is due on 1 March; the new annual price is EUR 18,200, please sign the order form by Friday.",
            "Attached is the root-cause report for Tuesday's outage and the fix we deployed.",
        ];
        var expected = bodies.Select(body => Read(body).CheckInOnly.Confidence).ToArray();

        var answers = new float[300];
        Parallel.For(0, answers.Length, i => answers[i] = Read(bodies[i % bodies.Length]).CheckInOnly.Confidence);

        for (var i = 0; i < answers.Length; i++)
            Assert.Equal(expected[i % bodies.Length], answers[i]);
    }
}
