using System.Diagnostics;
using OutlookValueCheck.Core.Model;
using OutlookValueCheck.Training;

// valuecheck-train [--data <training folder>] [--out <model file>] [--cross-validate [<out-of-fold.jsonl>]] [--hold-out <set,set> | --author-folds <k> [--score-only-sets-of <training folder>]] [--show <intent>] [--cache <folder>] | --explain <sentence>
// Defaults are the repository's: tests/corpus/training in, src/OutlookValueCheck.Core/Model/sentence-model.bin out.
try
{
    var repository = RepositoryRoot.Find();
    var data = Argument("--data") ?? Path.Combine(repository, "tests", "corpus", "training");
    var output = Argument("--out") ?? Path.Combine(repository, "src", "OutlookValueCheck.Core", "Model", "sentence-model.bin");
    // --l2, --iterations, --class-weighting, --intent-l2, --intent-weighting and --pitch-is-seller-centric true|false are for trying settings with --cross-validate, and --seed for
    // seeing how much held-out scores move by chance alone (another seed deals other author folds); the shipped model uses the defaults.
    var defaults = new TrainerOptions();
    var options = defaults with
    {
        L2Regularization = Setting("--l2", defaults.L2Regularization),
        Iterations = Setting("--iterations", defaults.Iterations),
        SentenceClassWeighting = Setting("--class-weighting", defaults.SentenceClassWeighting),
        IntentL2Regularization = Setting("--intent-l2", defaults.IntentL2Regularization),
        IntentPositiveWeighting = Setting("--intent-weighting", defaults.IntentPositiveWeighting),
        Seed = Setting("--seed", defaults.Seed),
        PitchIsSellerCentric = Setting("--pitch-is-seller-centric", defaults.PitchIsSellerCentric),
    };

    if (Argument("--explain") is { } sentence)
    {
        // What the shipped model makes of one sentence: for looking into a finding, not for tuning on test sets.
        var probabilities = new float[SentenceLabels.Count];
        ShippedSentenceModel.Get().Predict(sentence, probabilities);
        foreach (var label in SentenceLabels.All.OrderByDescending(label => probabilities[(int)label]).Take(4))
            Console.WriteLine($"{label.Name(),-20} {probabilities[(int)label]:F3}");
        // And what the intent model makes of it as a whole mail (subject "Hi").
        var confidences = new float[MailIntentNames.All.Count];
        var shipped = ShippedSentenceModel.Get();
        shipped.Intents!.Predict(new ModelJudge(shipped).FeaturesOf("Hi", sentence), confidences);
        Console.WriteLine("as a mail: " + string.Join(", ", MailIntentNames.All.Select(intent => $"{intent.Name()} {confidences[(int)intent]:F2}")));
        return 0;
    }

    var clock = Stopwatch.StartNew();
    Console.WriteLine($"Reading labeled sentences from {data}");
    var sentences = TrainingData.Load(data);
    if (Argument("--hold-out") is { } sets)
    {
        // Judge whole mails of these sets with a model trained without them: the mail rules on new authors' voices.
        Console.WriteLine(HeldOutMails.Run(data, sets.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal), options, Argument("--show"), Argument("--cache")));
        return 0;
    }
    if (Argument("--author-folds") is not null)
    {
        // Every mail judged by a model that never saw its author, for choosing data and mail rules without a test set.
        var count = Setting("--author-folds", 0);
        Console.WriteLine(HeldOutMails.RunAuthorFolds(data, count, options, Argument("--show"), Argument("--cache"), Argument("--score-only-sets-of")));
        return 0;
    }
    if (args.Contains("--cross-validate"))
    {
        var result = CrossValidation.Run(sentences, options);
        Console.WriteLine(result.Report);
        if (Argument("--cross-validate") is { } path && !path.StartsWith("--", StringComparison.Ordinal))
        {
            File.WriteAllLines(path, result.OutOfFold.Select(p => System.Text.Json.JsonSerializer.Serialize(new
            {
                id = p.Sentence.MailId, sentence = p.Sentence.Index, label = p.Sentence.Label.Name(),
                p = SentenceLabels.All.ToDictionary(label => label.Name(), label => p.Probabilities[(int)label]),
            })));
            Console.WriteLine($"Out-of-fold probabilities written to {path}");
        }
        return 0;
    }
    Console.WriteLine($"Training on {sentences.Count} sentences and {MailIntentTrainer.Folds} out-of-fold readings of their mails ({options})");
    var built = ModelBuilder.Build(data, options);
    var difference = SentenceTrainer.LargestDifference(built.Sentences, sentences);
    if (difference > SentenceTrainer.Tolerance)
        throw new InvalidOperationException($"Core's scorer differs from ML.NET's by {difference} on a training sentence; the model was not written.");

    // Written beside the target and moved over it: a failed write never leaves half a model in place.
    var temporary = output + ".tmp";
    using (var file = File.Create(temporary))
        SentenceModelFile.Write(built.Model, file);
    File.Move(temporary, output, overwrite: true);
    Console.WriteLine($"Wrote {output} ({new FileInfo(output).Length / 1024} KB) in {clock.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"  {built.Model.Description}");
    Console.WriteLine($"  reads {string.Join(", ", built.Model.Languages)} (languages with at least {SentenceTrainer.MinSentencesPerLanguage:N0} labeled sentences)");
    Console.WriteLine($"  fingerprint {built.Model.Fingerprint}; Core matches ML.NET within {difference:G2}");
    return 0;
}
catch (TrainingDataException exception)
{
    Console.Error.WriteLine($"valuecheck-train: {exception.Message}");
    return 2;
}

// An option's value read as T (invariant culture), or the fallback when the option is absent; a value that does not
// read fails with the option's name instead of a stack trace.
T Setting<T>(string name, T fallback) where T : IParsable<T> => Argument(name) switch
{
    null => fallback,
    var value when T.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
    var value => throw new TrainingDataException(typeof(T) == typeof(bool) ? $"{name}: '{value}' is neither true nor false." : $"{name}: '{value}' is not a number."),
};

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
