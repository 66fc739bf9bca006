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
