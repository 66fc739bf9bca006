using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Benchmarks;

/// <summary>One check of a 2 KB and a 50 KB mail to five external recipients (facts already known).</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private Draft _small = null!;
    private Draft _large = null!;
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
        Draft Make(int bytes) => new()
        {
            Sender = "anna.berg@contoso.com",
            To = _recipients.Select(recipient => recipient.Address).ToList(),
            Subject = "Dashboard refresh times",
            Body = SampleMail.Body(bytes),
            AsOf = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
        };
        _small = Make(2 * 1024);
        _large = Make(50 * 1024);
    }

    [Benchmark(Description = "check 2 KB, 5 recipients")]
    public CheckResult Check2KB() => _checker.Check(_small, _recipients, Policy.Default);

    [Benchmark(Description = "check 50 KB, 5 recipients")]
    public CheckResult Check50KB() => _checker.Check(_large, _recipients, Policy.Default);
}
