namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The sentence model built into Core (Model/sentence-model.bin, made by <c>valuecheck-train</c>), read once per
/// process from the assembly's resources: no file, network or configuration is involved.
/// </summary>
public static class ShippedSentenceModel
{
    public const string ResourceName = "OutlookValueCheck.Core.Model.sentence-model.bin";

    private static readonly Lazy<SentenceModel> Model = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model; a missing or damaged resource is a <see cref="JudgeUnavailableException"/> that names it.</summary>
    public static SentenceModel Get() => Model.Value;

    private static SentenceModel Read()
    {
        using var stream = typeof(ShippedSentenceModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new JudgeUnavailableException($"the sentence model resource '{ResourceName}' is missing from OutlookValueCheck.Core; rebuild it with valuecheck-train.");
        return ReadFrom(stream, ResourceName);
    }

    /// <summary>Reads a model from any stream, naming <paramref name="source"/> when it cannot.</summary>
    public static SentenceModel ReadFrom(Stream stream, string source)
    {
        try
        {
            var model = SentenceModelFile.Read(stream);
            if (model.Intents is null)
                throw new InvalidDataException("it has no mail-intent model (it was kept aside for training); retrain it with valuecheck-train.");
            return model;
        }
        catch (InvalidDataException exception)
        {
            throw new JudgeUnavailableException($"the sentence model '{source}' cannot be used: {exception.Message}");
        }
    }
}
