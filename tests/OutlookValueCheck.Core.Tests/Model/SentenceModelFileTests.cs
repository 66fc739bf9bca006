using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Core.Tests.Model;

/// <summary>A model file is read whole or refused with a message that names it and says what is wrong.</summary>
public sealed class SentenceModelFileTests
{
    private static byte[] Shipped()
    {
        using var stream = new MemoryStream();
        SentenceModelFile.Write(ShippedSentenceModel.Get(), stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_written_model_reads_back_with_the_same_weights_fingerprint_and_classes()
    {
        var read = SentenceModelFile.Read(new MemoryStream(Shipped()));
        var shipped = ShippedSentenceModel.Get();

        Assert.Equal(shipped.Fingerprint, read.Fingerprint);
        Assert.Equal(shipped.Classes, read.Classes);
        Assert.True(read.Weights.SequenceEqual(shipped.Weights));
        Assert.True(read.Biases.SequenceEqual(shipped.Biases));
        Assert.True(read.Intents!.Weights.SequenceEqual(shipped.Intents!.Weights));
        Assert.True(read.Intents.Biases.SequenceEqual(shipped.Intents.Biases));
    }

    [Fact]
    public void The_languages_a_model_reads_are_kept_in_its_file_and_decide_what_the_judges_read()
    {
        var shipped = ShippedSentenceModel.Get();
        var multilingual = new SentenceModel(shipped.Fingerprint, shipped.Description, shipped.Classes, shipped.Biases.ToArray(), shipped.Weights, ["de", "en", "fr"])
            .WithIntents(shipped.Intents!);
        using var stream = new MemoryStream();
        SentenceModelFile.Write(multilingual, stream);

        var read = SentenceModelFile.Read(new MemoryStream(stream.ToArray()));

        Assert.Equal(["de", "en", "fr"], read.Languages);
        var judge = new CombinedJudge(new OutlookValueCheck.Core.Language.LexiconJudge(), new ModelJudge(read));
        Assert.True(judge.Reads("de"));
        Assert.False(judge.Reads("es"));
        Assert.Equal(shipped.Languages.Contains("es"), new ModelJudge(shipped).Reads("es"));
    }

    [Fact]
    public void A_sentence_model_without_its_mail_intent_model_reads_back_without_one_and_can_neither_be_shipped_nor_judge_a_mail()
    {
        var shipped = ShippedSentenceModel.Get();
        var bare = shipped.WithoutIntents();
        using var file = new MemoryStream();
        SentenceModelFile.Write(bare, file);

        file.Position = 0;
        var read = SentenceModelFile.Read(file);
        Assert.Null(read.Intents);
        Assert.Equal(shipped.Weights, read.Weights);
        file.Position = 0;
        var refused = Assert.Throws<JudgeUnavailableException>(() => ShippedSentenceModel.ReadFrom(file, "kept-aside.bin"));
        Assert.Contains("'kept-aside.bin'", refused.Message, StringComparison.Ordinal);
        Assert.Contains("no mail-intent model", refused.Message, StringComparison.Ordinal);
        var problem = Assert.Throws<InvalidOperationException>(() => new ModelJudge(bare).Judge("Hi", OutlookValueCheck.Core.Text.MailText.From("Any news?", OutlookValueCheck.Core.Drafts.BodyFormat.Text), new(["contoso"], [])));
        Assert.Contains("no mail-intent model", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mail_intent_model_reads_confidences_as_the_logistic_of_its_weighted_features()
    {
        var weights = new float[MailIntentNames.All.Count * MailFeatures.Count];
        weights[(int)MailIntent.CheckInOnly * MailFeatures.Count] = 2f;
        var model = new MailIntentModel(weights, [.. MailIntentNames.All.Select(_ => -1f)]);
        var features = new float[MailFeatures.Count];
        features[0] = 1f;
        var confidences = new float[MailIntentNames.All.Count];

        model.Predict(features, confidences);

        Assert.Equal(1 / (1 + MathF.Exp(-1f)), confidences[(int)MailIntent.CheckInOnly], 5);
        Assert.Equal(1 / (1 + MathF.Exp(1f)), confidences[(int)MailIntent.Upsell], 5);
        Assert.Throws<ArgumentException>(() => new MailIntentModel(new float[3], new float[MailIntentNames.All.Count]));
    }

    [Fact]
    public void A_model_cut_short_is_refused_naming_its_source()
    {
        var bytes = Shipped();

        var problem = Assert.Throws<JudgeUnavailableException>(() => ShippedSentenceModel.ReadFrom(new MemoryStream(bytes[..(bytes.Length / 2)]), "model.bin"));

        Assert.StartsWith("the sentence model 'model.bin' cannot be used: it ", problem.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused_naming_its_source()
    {
        var problem = Assert.Throws<JudgeUnavailableException>(() => ShippedSentenceModel.ReadFrom(new MemoryStream("not a model at all"u8.ToArray()), "notes.txt"));

        Assert.StartsWith("the sentence model 'notes.txt' cannot be used:", problem.Message);
    }

    [Fact]
    public void The_shipped_model_knows_every_sentence_label()
    {
        Assert.Equal(SentenceLabels.All.Order(), ShippedSentenceModel.Get().Classes.Order());
    }
}
