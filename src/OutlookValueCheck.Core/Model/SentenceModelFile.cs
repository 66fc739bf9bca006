using System.IO.Compression;
using System.Text;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The sentence model's file: Brotli over a little-endian record — magic, format version, feature version, bucket
/// bits, fingerprint, description, the languages it reads, the class names, biases, then each feature bucket the model weighs (ascending)
/// with its class weights (buckets no training sentence reached weigh nothing and are not written), then the
/// mail-intent model: its feature version, the intents by name, each with its bias and feature weights.
/// </summary>
public static class SentenceModelFile
{
    private const string Magic = "OVC-SENTENCE-MODEL";
    private const int FormatVersion = 3;

    public static void Write(SentenceModel model, Stream stream)
    {
        using var compressed = new BrotliStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(SentenceFeatures.Version);
        writer.Write(SentenceFeatures.BucketBits);
        writer.Write(model.Fingerprint);
        writer.Write(model.Description);
        writer.Write(model.Languages.Count);
        foreach (var language in model.Languages)
            writer.Write(language);
        var classes = model.Classes.Count;
        writer.Write(classes);
        foreach (var label in model.Classes)
            writer.Write(label.Name());
        foreach (var bias in model.Biases)
            writer.Write(bias);
        var weights = model.Weights.AsSpan();
        var rows = 0;
        for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
            rows += weights.Slice(bucket * classes, classes).ContainsAnyExcept(0f) ? 1 : 0;
        writer.Write(rows);
        for (var bucket = 0; bucket < SentenceFeatures.Buckets; bucket++)
        {
            var row = weights.Slice(bucket * classes, classes);
            if (!row.ContainsAnyExcept(0f))
                continue;
            writer.Write(bucket);
            foreach (var weight in row)
                writer.Write(weight);
        }
        if (model.Intents is not { } intents)
        {
            writer.Write(0);
            writer.Write(0);
            writer.Write(0);
            return;
        }
        writer.Write(MailFeatures.Version);
        writer.Write(MailFeatures.Count);
        writer.Write(MailIntentNames.All.Count);
        foreach (var intent in MailIntentNames.All)
        {
            writer.Write(intent.Name());
            writer.Write(intents.Biases[(int)intent]);
            foreach (var weight in intents.Weights.Slice((int)intent * MailFeatures.Count, MailFeatures.Count))
                writer.Write(weight);
        }
    }

    /// <summary>Reads a model; anything but a whole model of this format is an <see cref="InvalidDataException"/> saying what is wrong.</summary>
    public static SentenceModel Read(Stream stream)
    {
        try
        {
            using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(decompressed, Encoding.UTF8);
            if (reader.ReadString() != Magic)
                throw new InvalidDataException("it is not a sentence model (no model header).");
            Expect("format version", FormatVersion, reader.ReadInt32());
            Expect("feature version", SentenceFeatures.Version, reader.ReadInt32());
            Expect("feature bucket bits", SentenceFeatures.BucketBits, reader.ReadInt32());
            var fingerprint = reader.ReadString();
            var description = reader.ReadString();
            var languageCount = reader.ReadInt32();
            if (languageCount is < 1 or > 16)
                throw new InvalidDataException($"it claims {languageCount} languages.");
            var languages = new string[languageCount];
            for (var l = 0; l < languageCount; l++)
                languages[l] = reader.ReadString();
            var classCount = reader.ReadInt32();
            if (classCount is < 2 or > 64)
                throw new InvalidDataException($"it claims {classCount} classes.");
            var classes = new SentenceLabel[classCount];
            for (var k = 0; k < classCount; k++)
            {
                var name = reader.ReadString();
                classes[k] = SentenceLabels.TryParse(name, out var label) ? label : throw new InvalidDataException($"it has an unknown class '{name}'.");
            }
            var biases = new float[classCount];
            for (var k = 0; k < classCount; k++)
                biases[k] = reader.ReadSingle();
            var rows = reader.ReadInt32();
            if (rows is < 0 or > SentenceFeatures.Buckets)
                throw new InvalidDataException($"it claims {rows} weighted features.");
            var weights = new float[SentenceFeatures.Buckets * classCount];
            var previous = -1;
            for (var r = 0; r < rows; r++)
            {
                var bucket = reader.ReadInt32();
                if (bucket <= previous || bucket >= SentenceFeatures.Buckets)
                    throw new InvalidDataException($"feature {r} has bucket {bucket}, out of order or range.");
                previous = bucket;
                for (var k = 0; k < classCount; k++)
                    weights[bucket * classCount + k] = reader.ReadSingle();
            }
            var intents = ReadIntents(reader);
            if (reader.Read() != -1)
                throw new InvalidDataException("it has data after the last weight.");
            var sentences = new SentenceModel(fingerprint, description, classes, biases, weights, languages);
            return intents is null ? sentences : sentences.WithIntents(intents);
        }
        catch (InvalidOperationException)
        {
            // Brotli's answer to bytes it cannot decode.
            throw new InvalidDataException("it is not a sentence model (it does not decompress).");
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("it is cut short.");
        }
        catch (IOException exception)
        {
            throw new InvalidDataException($"it cannot be read ({exception.Message.TrimEnd('.')}).");
        }
    }

    private static MailIntentModel? ReadIntents(BinaryReader reader)
    {
        var (version, count, intentCount) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        if ((version, count, intentCount) == (0, 0, 0))
            return null;
        Expect("mail feature version", MailFeatures.Version, version);
        Expect("mail feature count", MailFeatures.Count, count);
        Expect("mail intent count", MailIntentNames.All.Count, intentCount);
        var weights = new float[MailIntentNames.All.Count * MailFeatures.Count];
        var biases = new float[MailIntentNames.All.Count];
        foreach (var intent in MailIntentNames.All)
        {
            var name = reader.ReadString();
            if (name != intent.Name())
                throw new InvalidDataException($"its mail intent {(int)intent} is '{name}', this build expects '{intent.Name()}': retrain it.");
            biases[(int)intent] = reader.ReadSingle();
            for (var f = 0; f < MailFeatures.Count; f++)
                weights[(int)intent * MailFeatures.Count + f] = reader.ReadSingle();
        }
        return new MailIntentModel(weights, biases);
    }

    private static void Expect(string what, int expected, int found)
    {
        if (found != expected)
            throw new InvalidDataException($"its {what} is {found}, this build reads {expected}: retrain it.");
    }
}
