using System.Globalization;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Model;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Training;

/// <summary>
/// How the judges read mail by authors the model never learned from: a model is trained without some training sets
/// (by file name, "medtech"), and each mail of those sets is judged whole, as a check judges it (quoted history and
/// signature masked, sentences split by the judge, not by the author), against the intents its author gave it.
/// It shows whether the mail-intent model generalises to new voices without touching any test set.
/// </summary>
public static class HeldOutMails
{
    /// <summary>An intent is read at the policy's normal sensitivity, the default.</summary>
    private static readonly float Reads = Sensitivity.Normal.Threshold();

    /// <summary>
    /// RenewalDetector's faint recap (a private constant of an internal detector, written again here): a renewal push
    /// with a value reading at least this is no finding.
    /// </summary>
    private const float FaintRecap = 0.35f;

    /// <summary>Each intent scored: how a judge's reading says it, and how the author's intents do.</summary>
    private static readonly (string Intent, Func<MailIntents, bool> Read, Func<TrainingMail, bool> Expected, Func<TrainingMail, bool> Among)[] Intents =
    [
        Labeled("generic-pitch", intents => intents.GenericPitch.Confidence >= Reads),
        Labeled("check-in-only", intents => intents.CheckInOnly.Confidence >= Reads),
        Labeled("seller-centric", intents => intents.SellerCentric.Confidence >= Reads),
        Labeled("renewal-push", intents => intents.RenewalPush.Confidence >= Reads),
        Labeled("value-recap", intents => intents.ValueRecap.Confidence >= Reads),
        Labeled("upsell", intents => intents.Upsell.Confidence >= Reads),
        Labeled("helpful", intents => intents.HelpGiven.Confidence >= Reads),
        // A pitch among the mails to customers, and to former ones: where it becomes a finding.
        ("generic-pitch, customers", intents => intents.GenericPitch.Confidence >= Reads, mail => mail.Intents.Contains("generic-pitch"), mail => mail.To == "customer"),
        ("generic-pitch, former", intents => intents.GenericPitch.Confidence >= Reads, mail => mail.Intents.Contains("generic-pitch"), mail => mail.To == "former-customer"),
        // What the renewal-without-value finding needs, as RenewalDetector reads it.
        ("renewal-without-value", intents => intents.RenewalPush.Confidence >= Reads && intents.ValueRecap.Confidence < FaintRecap,
            mail => mail.Intents.Contains("renewal-push") && !mail.Intents.Contains("value-recap"), _ => true),
    ];

    private static (string, Func<MailIntents, bool>, Func<TrainingMail, bool>, Func<TrainingMail, bool>) Labeled(string intent, Func<MailIntents, bool> read) =>
        (intent, read, mail => mail.Intents.Contains(intent), _ => true);

    /// <param name="show">An intent whose misses and false alarms by the model are listed (mail id and author intents).</param>
    public static string Run(string folder, IReadOnlySet<string> heldOut, TrainerOptions options, string? show = null)
    {
        var training = TrainingData.Load(folder).Where(sentence => !heldOut.Contains(SetOf(sentence))).ToList();
        var byHeldOut = TrainingData.Mails(folder).ToLookup(mail => heldOut.Contains(mail.Set));
        var mails = byHeldOut[true].ToList();
        if (mails.Count == 0)
            throw new TrainingDataException($"{folder}: no training set is named {string.Join(" or ", heldOut)}.");
        var trainingMails = byHeldOut[false].ToList();
        var sentenceModel = SentenceTrainer.Train(training, options, "held-out").Model;
        var model = new ModelJudge(sentenceModel.WithIntents(MailIntentTrainer.Train(training, trainingMails, options)));
        IMailJudge[] judges = [new LexiconJudge(), model, new CombinedJudge(new LexiconJudge(), model)];
        var context = new ReadingContext([], []);

        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{mails.Count} mails of {string.Join(", ", heldOut.Order(StringComparer.Ordinal))}, judged by a model trained on the other {training.Count} sentences"),
            "intent (author)          mails   " + string.Join("   ", judges.Select(judge => $"{judge.Name,-8} P / R")),
        };
        var readings = judges.Select(judge => mails.Select(mail => judge.Judge(mail.Subject, MailText.From(mail.Body, BodyFormat.Text), context)).ToList()).ToList();
        foreach (var (intent, read, isExpected, among) in Intents)
        {
            var counted = mails.Select(among).ToList();
            var expected = mails.Select(isExpected).Where((_, i) => counted[i]).ToList();
            var cells = readings.Select(reading =>
            {
                var found = reading.Where((_, i) => counted[i]).Select(read).ToList();
                var hits = found.Where((yes, i) => yes && expected[i]).Count();
                var precision = found.Count(yes => yes) is var said and > 0 ? (double)hits / said : 1.0;
                var recall = expected.Count(yes => yes) is var due and > 0 ? (double)hits / due : 1.0;
                return string.Create(CultureInfo.InvariantCulture, $"{precision,8:F2} / {recall:F2}");
            });
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{intent,-24} {expected.Count(yes => yes),5}   {string.Join("   ", cells)}"));
        }
        if (show is not null)
        {
            var (_, read, isExpected, among) = Intents.FirstOrDefault(entry => entry.Intent == show);
            if (read is null)
                throw new TrainingDataException($"--show: '{show}' is none of {string.Join(", ", Intents.Select(entry => entry.Intent))}.");
            for (var i = 0; i < mails.Count; i++)
            {
                var expected = isExpected(mails[i]);
                // readings[1] is the model judge's.
                if (among(mails[i]) && read(readings[1][i]) != expected)
                    lines.Add($"  {(expected ? "missed" : "false alarm"),-12} {mails[i].Id,-16} author: {string.Join(",", mails[i].Intents.Order(StringComparer.Ordinal))}");
            }
        }
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>"en/medtech.jsonl:12" → "medtech".</summary>
    private static string SetOf(TrainingSentence sentence) => Path.GetFileNameWithoutExtension(sentence.Source[..sentence.Source.LastIndexOf(':')]);
}
