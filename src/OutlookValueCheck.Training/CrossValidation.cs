using System.Globalization;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>
/// K-fold cross-validation by mail (a mail's sentences stay in one fold, so a template's siblings cannot leak): per
/// label precision and recall of the predicted label on sentences the model did not see, and those out-of-fold
/// probabilities, for designing the mail-level rules without touching any test set.
/// </summary>
public static class CrossValidation
{
    public sealed record Result(IReadOnlyList<(TrainingSentence Sentence, float[] Probabilities)> OutOfFold, string Report);

    public static Result Run(IReadOnlyList<TrainingSentence> sentences, TrainerOptions options, int folds = 5)
    {
        var foldOf = FoldsByMail(sentences.Select(sentence => sentence.MailId).Distinct(), options.Seed, folds);

        var outOfFold = new (TrainingSentence, float[])[sentences.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = sentences.Where(sentence => foldOf[sentence.MailId] != fold).ToList();
            var model = SentenceTrainer.Train(training, options, "cross-validation").Model;
            for (var i = 0; i < sentences.Count; i++)
            {
                if (foldOf[sentences[i].MailId] != fold)
                    continue;
                var probabilities = new float[SentenceLabels.Count];
                model.Predict(sentences[i].Text, sentences[i].Previous, sentences[i].Next, sentences[i].Subject, probabilities);
                outOfFold[i] = (sentences[i], probabilities);
            }
        }
        return new Result(outOfFold, Report(outOfFold));
    }

    /// <summary>Each mail's fold: the mails shuffled with the seed and dealt out in turn.</summary>
    public static Dictionary<string, int> FoldsByMail(IEnumerable<string> mailIds, int seed, int folds)
    {
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(seed);
        foreach (var (mail, i) in mailIds.Distinct().OrderBy(_ => random.Next()).Select((mail, i) => (mail, i)))
            foldOf[mail] = i % folds;
        return foldOf;
    }

    private static string Report((TrainingSentence Sentence, float[] Probabilities)[] predictions)
    {
        var lines = new List<string> { "label                support  precision  recall" };
        var correct = 0;
        var f1Sum = 0.0;
        foreach (var label in SentenceLabels.All)
        {
            var predicted = predictions.Count(p => ArgMax(p.Probabilities) == label);
            var actual = predictions.Count(p => p.Sentence.Label == label);
            var hits = predictions.Count(p => p.Sentence.Label == label && ArgMax(p.Probabilities) == label);
            correct += hits;
            var precision = predicted == 0 ? 1.0 : (double)hits / predicted;
            var recall = actual == 0 ? 1.0 : (double)hits / actual;
            f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{label.Name(),-20} {actual,7}  {precision,9:F2}  {recall,6:F2}"));
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture,
            $"accuracy {(double)correct / predictions.Length:F3}, macro F1 {f1Sum / SentenceLabels.Count:F3} over {predictions.Length} sentences"));
        return string.Join(Environment.NewLine, lines);
    }

    public static SentenceLabel ArgMax(float[] probabilities)
    {
        var best = 0;
        for (var k = 1; k < probabilities.Length; k++)
        {
            if (probabilities[k] > probabilities[best])
                best = k;
        }
        return (SentenceLabel)best;
    }
}
