using System.Collections.Concurrent;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Policies;
using Xunit.Abstractions;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// The labeled corpus (tests/corpus): "tuning" is what the detectors were developed against; "holdout" was written
/// before any detector and is never tuned on, so its score is the honest one of the two (README). Each set is scored
/// and held to its floors on its own, for every judge <see cref="MailJudges.Names"/> lists.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<LabeledMail>> Tuning = new(() => LabeledCorpus.Load("tuning"));
    private static readonly Lazy<IReadOnlyList<LabeledMail>> Holdout = new(() => LabeledCorpus.Load("holdout"));
    private static readonly ConcurrentDictionary<string, ValueChecker> Checkers = new(StringComparer.Ordinal);

    /// <summary>Every judge is held to these on tuning (README), unless it has a row of its own below.</summary>
    private static readonly CorpusFloors TuningFloors = CorpusFloors.Uniform(precision: 0.90, recall: 0.90, maximumCleanStopped: 0.03);

    /// <summary>
    /// The model alone was never shaped on these mails (the lexicon was, and the combined judge includes it): it
    /// keeps what it reaches today, rounded down, so a retrain that loses ground shows.
    /// </summary>
    /// <remarks>
    /// Since the mail intents are learned (decision 67) both judges that use the model raise seller-centric on a
    /// tuning mail labeled without it (a helpful note with placeholders left in), and since the offer-heavy training
    /// mails (decision 71) renewal-without-value on two upsells that push a deadline discount (precision 0.82); the
    /// model alone finds 16 of 23 seller-centric mails (since decision 97 the corpus's generic pitches expect
    /// seller-centric too, and the shortest read to the model as a pitch, not as about us). They were kept: on mail
    /// by authors the model never saw the same changes raised check-in, seller-centric and upsell recall (training
    /// README, held-out authors).
    /// Since the model reads German, French and Spanish (decision 87) both read two short tuning mails as check-ins
    /// (an unsubscribe confirmation whose last line reads like an invitation to write back, and a follow-up whose
    /// subject is a check-in and whose one body sentence is specific): no-value-check-in precision 0.83.
    /// Since the model reads each sentence's neighbours (decision 95) the model alone lets t073 go, a two-sentence
    /// "who handles analytics at your bank? I'd love to introduce Contoso" to a former customer (5 of 6 former-customer
    /// mails); the combined judge still finds it by its phrases.
    /// Since it reads the subject line's words with every sentence (decision 99) the model alone raises
    /// renewal-without-value on two renewal mails under a "Renewal in …" subject, one with a recap of what the
    /// customer got and one that says there is nothing to sign yet (precision 0.75); the combined judge on one of them
    /// (0.82), and it stops that clean mail (1 of 75).
    /// </remarks>
    private static readonly IReadOnlyDictionary<string, CorpusFloors> OwnTuningFloors = new Dictionary<string, CorpusFloors>(StringComparer.Ordinal)
    {
        [Core.Model.ModelJudge.JudgeName] = TuningFloors
            .With(FindingCode.FormerCustomer, new CodeFloor(Precision: 0.90, Recall: 0.80))
            .With(FindingCode.NoValueCheckIn, new CodeFloor(Precision: 0.80, Recall: 0.90))
            .With(FindingCode.SellerCentric, new CodeFloor(Precision: 0.80, Recall: 0.60))
            .With(FindingCode.RenewalWithoutValue, new CodeFloor(Precision: 0.75, Recall: 0.90)),
        [Core.Model.CombinedJudge.JudgeName] = TuningFloors
            .With(FindingCode.NoValueCheckIn, new CodeFloor(Precision: 0.80, Recall: 0.90))
            .With(FindingCode.SellerCentric, new CodeFloor(Precision: 0.80, Recall: 0.90))
            .With(FindingCode.RenewalWithoutValue, new CodeFloor(Precision: 0.80, Recall: 0.90)),
    };

    /// <summary>
    /// What each judge reaches on holdout today, rounded down, so that no code loses a held-out mail or its score
    /// unnoticed. A judge without a row is held to the tuning floors here as well, until its own row is recorded.
    /// </summary>
    /// <remarks>
    /// Since the fifth round of training data both judges that use the model read h11 (an upsell: "if you upgrade
    /// before 31 December I can offer 20% off the first year") as a renewal push too, as they already did two tuning
    /// upsells with a deadline discount (decision 71): renewal-without-value precision 0.67 there. Kept, for the
    /// round's gains on held-out authors (decision 74); making the upsell intent veto the push lost more renewal
    /// recall on held-out authors (0.42 → 0.26, 0.86 → 0.81, 0.75 → 0.64) than it gained precision.
    /// Since the model reads German, French and Spanish (decision 87) both read one held-out clean mail as a check-in
    /// (no-value-check-in precision 0.75, clean stopped 1 of 15). Vetoing a check-in whenever a sentence is
    /// substantive or specific to them (the first rule) cleared it and the tuning ones, but cost 30 expected
    /// findings across the stranger mailboxes, so the learned intent stays.
    /// </remarks>
    private static readonly IReadOnlyDictionary<string, CorpusFloors> HoldoutFloors = new Dictionary<string, CorpusFloors>(StringComparer.Ordinal)
    {
        [LexiconJudge.JudgeName] = CorpusFloors.Uniform(precision: 1.00, recall: 1.00, maximumCleanStopped: 0.00),
        [Core.Model.CombinedJudge.JudgeName] = CorpusFloors.Uniform(precision: 1.00, recall: 1.00, maximumCleanStopped: 0.07)
            .With(FindingCode.NoValueCheckIn, new CodeFloor(Precision: 0.75, Recall: 1.00))
            .With(FindingCode.RenewalWithoutValue, new CodeFloor(Precision: 0.66, Recall: 1.00)),
        // The model alone misses the one held-out owned-by-colleague mail (a push the lexicon reads and it does not),
        // and one of the held-out pitches it reads as a pitch but not as about us (h14, to a former customer).
        [Core.Model.ModelJudge.JudgeName] = CorpusFloors.Uniform(precision: 1.00, recall: 1.00, maximumCleanStopped: 0.07)
            .With(FindingCode.NoValueCheckIn, new CodeFloor(Precision: 0.75, Recall: 1.00))
            .With(FindingCode.OwnedByColleague, new CodeFloor(Precision: 1.00, Recall: 0.00))
            .With(FindingCode.SellerCentric, new CodeFloor(Precision: 1.00, Recall: 0.80))
            .With(FindingCode.RenewalWithoutValue, new CodeFloor(Precision: 0.66, Recall: 1.00)),
    };

    public static TheoryData<string> Judges => new(MailJudges.Names);

    private static ValueChecker CheckerFor(string judge) => Checkers.GetOrAdd(judge, name => new ValueChecker(MailJudges.Create(name)));

    [Fact]
    public void The_corpus_has_at_least_150_mails_covering_every_code_and_plenty_of_clean_mail()
    {
        var all = Tuning.Value.Concat(Holdout.Value).ToList();
        Assert.True(all.Count >= 150, $"{all.Count} mails");
        Assert.Equal(30, Holdout.Value.Count);
        foreach (var code in FindingCodes.All)
        {
            Assert.True(all.Count(mail => mail.Expected.Contains(code)) >= 5, $"{code.Name()} has fewer than 5 labeled mails");
            Assert.True(Holdout.Value.Any(mail => mail.Expected.Contains(code)), $"{code.Name()} has no holdout mail");
        }
        Assert.True(all.Count(mail => mail.Expected.Count == 0) >= 60, "fewer than 60 clean mails");
    }

    [Fact]
    public void Every_mail_with_several_external_recipients_says_whom_each_expected_code_concerns()
    {
        var unsaid = Tuning.Value.Concat(Holdout.Value)
            .Where(mail => mail.Facts.Count(recipient => !recipient.IsInternal) > 1)
            .SelectMany(mail => mail.Expected.Where(code => !mail.Label.Who.ContainsKey(code)).Select(code => $"{mail.Label.File}: {code.Name()}"))
            .ToList();
        Assert.True(unsaid.Count == 0, "no X-Corpus-Who for:\n" + string.Join("\n", unsaid));
    }

    /// <summary>The codes raised for what the mail says (rather than for facts beside it): each names the words.</summary>
    private static readonly FindingCode[] SaidCodes =
        [FindingCode.PitchToCustomer, FindingCode.FormerCustomer, FindingCode.NoValueCheckIn, FindingCode.SellerCentric, FindingCode.RenewalWithoutValue];

    [Theory]
    [MemberData(nameof(Judges))]
    public void Every_finding_about_what_the_mail_says_quotes_the_mail(string judge)
    {
        var unquoted = Tuning.Value.Concat(Holdout.Value)
            .SelectMany(mail => CheckerFor(judge).Check(mail.Draft, mail.Facts, Policy.Default).Findings
                .Where(finding => SaidCodes.Contains(finding.Code) && !finding.Evidence.OfType<PhraseEvidence>().Any())
                .Select(finding => $"{mail.Label.File}: {finding.Code.Name()}"))
            .ToList();
        Assert.True(unquoted.Count == 0, "findings that quote nothing:\n" + string.Join("\n", unquoted));
    }

    [Theory]
    [MemberData(nameof(Judges))]
    public void The_tuning_set_keeps_the_floors(string judge)
    {
        var run = new CorpusRun("tuning", Tuning.Value, CheckerFor(judge), Policy.Default);
        output.WriteLine(run.Table());
        foreach (var mismatch in run.Mismatches)
            output.WriteLine(mismatch);

        var failures = (OwnTuningFloors.GetValueOrDefault(judge) ?? TuningFloors).Failures(run.Score);
        Assert.True(failures.Count == 0, $"{judge} on tuning:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Judges))]
    public void The_holdout_set_keeps_what_the_judge_reaches_there_today(string judge)
    {
        var run = new CorpusRun("holdout", Holdout.Value, CheckerFor(judge), Policy.Default);
        // Only the table: looking at held-out mistakes one by one is how tuning on them starts.
        output.WriteLine(run.Table());

        var floors = HoldoutFloors.GetValueOrDefault(judge) ?? TuningFloors;
        var failures = floors.Failures(run.Score);
        Assert.True(failures.Count == 0, $"{judge} on holdout:\n" + string.Join("\n", failures));
    }
}
