using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Benchmarks;

/// <summary>One check of a 2 KB and a 50 KB mail (and a 2 KB German one) to five external recipients (facts already known).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private Draft _small = null!;
    private Draft _large = null!;
    private Draft _german = null!;
    private IReadOnlyList<RecipientFacts> _recipients = null!;
    private ValueChecker _checker = null!;

    /// <summary>The judge that reads the text; combined is the default.</summary>
    [Params("lexicon", "model", "combined")]
    public string Judge { get; set; } = "combined";

    [GlobalSetup]
    public void Setup()
    {
        _checker = new ValueChecker(MailJudges.Create(Judge));
        _recipients = SampleMail.FiveRecipients();
        Draft Make(string subject, string body) => new()
        {
            Sender = "anna.berg@contoso.com",
            To = _recipients.Select(recipient => recipient.Address).ToList(),
            Subject = subject,
            Body = body,
            AsOf = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
        };
        _small = Make("Dashboard refresh times", SampleMail.Body(2 * 1024));
        _large = Make("Dashboard refresh times", SampleMail.Body(50 * 1024));
        _german = Make("Ladezeiten des Dashboards", SampleMail.GermanBody(2 * 1024));
        // Lingua loads its language models on first use (about 0.35 s, README): not part of a check's cost.
        _checker.Check(_german, _recipients, Policy.Default);
    }

    [Benchmark(Description = "check 2 KB, 5 recipients")]
    public CheckResult Check2KB() => _checker.Check(_small, _recipients, Policy.Default);

    [Benchmark(Description = "check 2 KB German, 5 recipients")]
    public CheckResult Check2KBGerman() => _checker.Check(_german, _recipients, Policy.Default);

    [Benchmark(Description = "check 50 KB, 5 recipients")]
    public CheckResult Check50KB() => _checker.Check(_large, _recipients, Policy.Default);
}
