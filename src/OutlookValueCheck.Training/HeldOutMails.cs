using System.Globalization;
using OutlookValueCheck.Core.Detectors;
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
        // What the former-customer finding needs, as PitchDetector reads it: the pitch, or a mail only about us.
        ("former-customer", intents => PitchDetector.FormerCustomerPitch(intents, intent => intent.Confidence >= Reads) is not null,
            mail => mail.Intents.Contains("generic-pitch"), mail => mail.To == "former-customer"),
        // Seller-centric among mails to customers and former ones, as read (and raised, since decision 97) and as
        // SellerCentricDetector raised it before, never beside a pitch.
        ("seller-centric, customers", intents => intents.SellerCentric.Confidence >= Reads, mail => mail.Intents.Contains("seller-centric"), ToACustomer),
        ("seller-centric, no pitch", intents => intents.SellerCentric.Confidence >= Reads && intents.GenericPitch.Confidence < Reads,
            mail => mail.Intents.Contains("seller-centric"), ToACustomer),
        // What the renewal-without-value finding needs, as RenewalDetector reads it.
        ("renewal-without-value", intents => intents.RenewalPush.Confidence >= Reads && intents.ValueRecap.Confidence < RenewalDetector.RecapHoldsBack,
            mail => mail.Intents.Contains("renewal-push") && !mail.Intents.Contains("value-recap"), _ => true),
    ];

    private static bool ToACustomer(TrainingMail mail) => mail.To is "customer" or "former-customer";

    private static (string, Func<MailIntents, bool>, Func<TrainingMail, bool>, Func<TrainingMail, bool>) Labeled(string intent, Func<MailIntents, bool> read) =>
        (intent, read, mail => mail.Intents.Contains(intent), _ => true);

    /// <param name="show">An intent whose misses and false alarms by the model are listed (mail id and author intents).</param>
    /// <param name="cache">
    /// A folder keeping each held-out model by what it was made of (data, features, options, held-out sets): trying a
    /// change to the mail rules, which are not trained, then takes seconds instead of a retrain.
    /// </param>
    public static string Run(string folder, IReadOnlySet<string> heldOut, TrainerOptions options, string? show = null, string? cache = null)
    {
        var (judged, sentences, _) = Judge(folder, heldOut, options, cache);
        var header = string.Create(CultureInfo.InvariantCulture,
            $"{judged.Count} mails of {string.Join(", ", heldOut.Order(StringComparer.Ordinal))}, judged by a model trained on the other {sentences} sentences");
        return Report(header, judged, show);
    }

    /// <summary>
    /// Every training mail judged by a model that never saw its author: the sets (one author each) are dealt into
    /// <paramref name="folds"/> groups, each language's sets spread over the groups, and each group is judged by a
    /// model trained on the others. Two held-out groups leave 15 to 30 mails per intent, too few to tell small changes
    /// apart; this scores them all, overall and per language. The folds are trained two at a time (training is
    /// single-threaded and seeded, so the result does not depend on it).
    /// </summary>
    /// <param name="scoreOnly">
    /// Scores only mails of the sets found in this training folder: two data folders compared on the same mails,
    /// when one of them adds sets.
    /// </param>
    public static string RunAuthorFolds(string folder, int folds, TrainerOptions options, string? show = null, string? cache = null, string? scoreOnly = null)
    {
        if (folds < 2)
            throw new TrainingDataException($"--author-folds: {folds} is too few; use 2 or more.");
        var groups = AuthorFolds(folder, folds, options.Seed);
        var judged = new List<JudgedMail>[folds];
        var sentencesRead = new List<JudgedSentence>[folds];
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, fold => (judged[fold], _, sentencesRead[fold]) = Judge(folder, groups[fold], options, cache));
        var scored = scoreOnly is null ? null : SetsByLanguage(scoreOnly).Keys.ToHashSet(StringComparer.Ordinal);
        var all = judged.SelectMany(fold => fold).Where(mail => scored is null || scored.Contains(mail.Mail.Set)).ToList();
        var sections = new List<string> { Report($"{all.Count} mails in {folds} folds of authors, each judged by a model trained without its fold", all, show) };
        // The same readings against the intents a blind second reader gave a sample of the mails: the authors label
        // as they wrote, and a reader who only knows the definitions is nearer to whoever labels a stranger's mail.
        var second = TrainingData.SecondIntentReadings(folder, judged.SelectMany(fold => fold).Select(mail => mail.Mail));
        var reread = all.Where(mail => second.ContainsKey(mail.Mail.Id)).Select(mail => mail with { Mail = mail.Mail with { Intents = second[mail.Mail.Id] } }).ToList();
        if (reread.Count > 0)
            sections.Add(Report($"{reread.Count} of them against a blind second reader's intents ({TrainingData.SecondIntentReadingsPattern})", reread, show: null));
        foreach (var language in all.GroupBy(mail => mail.Language).OrderBy(group => group.Key, StringComparer.Ordinal))
            sections.Add(Report($"{language.Key}: {language.Count()} mails", [.. language], show: null));
        var languages = SetsByLanguage(folder);
        var sentences = sentencesRead.SelectMany(fold => fold).Where(sentence => scored is null || scored.Contains(sentence.Set)).ToList();
        sections.Add(SentenceReport("sentences of held-out authors, every language", sentences));
        foreach (var language in sentences.GroupBy(sentence => languages[sentence.Set]).OrderBy(group => group.Key, StringComparer.Ordinal))
            sections.Add(SentenceReport($"sentences, {language.Key}", [.. language]));
        return string.Join(Environment.NewLine + Environment.NewLine, sections);
    }

    /// <summary>Per language, the sets shuffled with the seed and dealt to the folds in turn.</summary>
    public static IReadOnlySet<string>[] AuthorFolds(string folder, int folds, int seed)
    {
        var groups = Enumerable.Range(0, folds).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var random = new Random(seed);
        var next = 0;
        foreach (var language in SetsByLanguage(folder).GroupBy(entry => entry.Value, entry => entry.Key).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            foreach (var set in language.Order(StringComparer.Ordinal).OrderBy(_ => random.Next()))
                groups[next++ % folds].Add(set);
        }
        return groups;
    }

    /// <summary>"de/de-services.jsonl" → de-services: de.</summary>
    private static Dictionary<string, string> SetsByLanguage(string folder) =>
        TrainingData.FilesIn(folder).Where(file => file.Contains('/'))
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), file => file[..file.IndexOf('/')], StringComparer.Ordinal);

    private sealed record JudgedMail(TrainingMail Mail, string Language, MailIntents[] Readings);

    /// <summary>A labeled sentence of a held-out author and the label the model gave it.</summary>
    private sealed record JudgedSentence(TrainingSentence Sentence, string Set, SentenceLabel Read);

    private static readonly string[] JudgeNames = ["lexicon", "model", "combined"];

    private static (List<JudgedMail> Judged, int Sentences, List<JudgedSentence> HeldOutSentences) Judge(string folder, IReadOnlySet<string> heldOut, TrainerOptions options, string? cache)
    {
        var all = TrainingData.Load(folder);
        var training = all.Where(sentence => !heldOut.Contains(SetOf(sentence))).ToList();
        var byHeldOut = TrainingData.Mails(folder).ToLookup(mail => heldOut.Contains(mail.Set));
        var mails = byHeldOut[true].ToList();
        if (mails.Count == 0)
            throw new TrainingDataException($"{folder}: no training set is named {string.Join(" or ", heldOut)}.");
        var trainingMails = byHeldOut[false].ToList();
        // The sentence models are kept by what they were made of; the mail-intent model is retrained each time (seconds).
        var models = new SentenceModelCache(cache);
        var madeOf = Fingerprints.OfSentences(folder, options) + "\0held out " + string.Join(",", heldOut.Order(StringComparer.Ordinal));
        var sentenceModel = models.Get(madeOf, () => SentenceTrainer.Train(training, options, "held-out").Model)
            .WithIntents(MailIntentTrainer.Train(training, trainingMails, options, models, madeOf));
        var model = new ModelJudge(sentenceModel);
        var probabilities = new float[SentenceLabels.Count];
        var heldOutSentences = all.Where(sentence => heldOut.Contains(SetOf(sentence))).Select(sentence =>
        {
            sentenceModel.Predict(sentence.Text, sentence.Previous, sentence.Next, sentence.Subject, probabilities);
            return new JudgedSentence(sentence, SetOf(sentence), CrossValidation.ArgMax(probabilities));
        }).ToList();
        IMailJudge[] judges = [new LexiconJudge(), model, new CombinedJudge(new LexiconJudge(), model)];
        var context = new ReadingContext([], []);
        var languages = SetsByLanguage(folder);
        var judged = mails.Select(mail => new JudgedMail(mail, languages[mail.Set],
            [.. judges.Select(judge => judge.Judge(mail.Subject, MailText.From(mail.Body, BodyFormat.Text), context))])).ToList();
        return (judged, training.Count, heldOutSentences);
    }

    /// <summary>Per label: how many, precision and recall of the model's label, and what the rest were read as.</summary>
    private static string SentenceReport(string header, IReadOnlyList<JudgedSentence> sentences)
    {
        var lines = new List<string> { $"{header}: {sentences.Count}", "label                sentences  precision  recall   most often read instead" };
        foreach (var label in SentenceLabels.All)
        {
            var actual = sentences.Where(sentence => sentence.Sentence.Label == label).ToList();
            var said = sentences.Count(sentence => sentence.Read == label);
            var hits = actual.Count(sentence => sentence.Read == label);
            var instead = actual.Where(sentence => sentence.Read != label).GroupBy(sentence => sentence.Read)
                .OrderByDescending(group => group.Count()).Take(3).Select(group => $"{group.Key.Name()} {group.Count()}");
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{label.Name(),-20} {actual.Count,9}  {(said > 0 ? (double)hits / said : 1.0),9:F2}  {(actual.Count > 0 ? (double)hits / actual.Count : 1.0),6:F2}   {string.Join(", ", instead)}"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string Report(string header, IReadOnlyList<JudgedMail> judged, string? show)
    {
        var lines = new List<string> { header, "intent (author)          mails   " + string.Join("   ", JudgeNames.Select(name => $"{name,-8} P / R")) };
        foreach (var (intent, read, isExpected, among) in Intents)
        {
            var counted = judged.Where(mail => among(mail.Mail)).ToList();
            var due = counted.Count(mail => isExpected(mail.Mail));
            var cells = JudgeNames.Select((_, j) =>
            {
                var said = counted.Count(mail => read(mail.Readings[j]));
                var hits = counted.Count(mail => read(mail.Readings[j]) && isExpected(mail.Mail));
                var precision = said > 0 ? (double)hits / said : 1.0;
                var recall = due > 0 ? (double)hits / due : 1.0;
                return string.Create(CultureInfo.InvariantCulture, $"{precision,8:F2} / {recall:F2}");
            });
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{intent,-24} {due,5}   {string.Join("   ", cells)}"));
        }
        if (show is not null)
        {
            var (_, read, isExpected, among) = Intents.FirstOrDefault(entry => entry.Intent == show);
            if (read is null)
                throw new TrainingDataException($"--show: '{show}' is none of {string.Join(", ", Intents.Select(entry => entry.Intent))}.");
            // Readings[1] is the model judge's.
            foreach (var mail in judged.Where(mail => among(mail.Mail) && read(mail.Readings[1]) != isExpected(mail.Mail)))
                lines.Add($"  {(isExpected(mail.Mail) ? "missed" : "false alarm"),-12} {mail.Mail.Id,-16} author: {string.Join(",", mail.Mail.Intents.Order(StringComparer.Ordinal)),-28} model: {Confidences(mail.Readings[1])}");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static string Confidences(MailIntents reading) => string.Create(CultureInfo.InvariantCulture,
        $"pitch {reading.GenericPitch.Confidence:F2} check-in {reading.CheckInOnly.Confidence:F2} renewal {reading.RenewalPush.Confidence:F2} recap {reading.ValueRecap.Confidence:F2} upsell {reading.Upsell.Confidence:F2} seller {reading.SellerCentric.Confidence:F2} help {reading.HelpGiven.Confidence:F2}");

    /// <summary>"en/medtech.jsonl:12" → "medtech".</summary>
    private static string SetOf(TrainingSentence sentence) => Path.GetFileNameWithoutExtension(sentence.Source[..sentence.Source.LastIndexOf(':')]);
}
