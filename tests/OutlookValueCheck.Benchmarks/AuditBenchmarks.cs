using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using MimeKit;
using OutlookValueCheck.Cli.Audit;
using OutlookValueCheck.Cli.Input;
using OutlookValueCheck.Cli.Mail;
using OutlookValueCheck.Cli.Output;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Benchmarks;

/// <summary>
/// The audit of a generated 10,000-message mbox (7 outbound to 3 inbound, 20 sellers, 600 external people):
/// read, parse, order by Date, replay fatigue, check and write JSON lines. Messages per second = 10,000 / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class AuditBenchmarks
{
    public const int Messages = 10_000;
    private string _mbox = null!;
    private RecipientFactsBuilder _facts = null!;
    private InternalDomains _internal = null!;
    private OutlookValueCheck.Core.Checks.ValueChecker _checker = null!;

    /// <summary>The judge that reads the text; combined is what `valuecheck audit` uses by default.</summary>
    [Params("lexicon", "combined")]
    public string Judge { get; set; } = "combined";

    [GlobalSetup]
    public void Setup()
    {
        _mbox = Path.Combine(Path.GetTempPath(), $"valuecheck-bench-{Environment.ProcessId}.mbox");
        _internal = new InternalDomains(["contoso.com"]);
        _checker = new OutlookValueCheck.Core.Checks.ValueChecker(OutlookValueCheck.Core.Checks.MailJudges.Create(Judge));
        var accounts = Enumerable.Range(0, 60).Select(i => new OutlookValueCheck.Core.Recipients.CrmAccount
        {
            Id = $"A{i}", Name = $"Company {i}", Domain = $"company{i}.com",
            Relationship = (OutlookValueCheck.Core.Recipients.Relationship)(i % 5), OwnerEmail = $"seller{i % 20}@contoso.com",
            RenewalDate = new DateOnly(2027, 1, 1).AddDays(i * 7), OpenHighSeverityCases = i % 7 == 0 ? 1 : 0,
        }).ToList();
        _facts = new RecipientFactsBuilder(new CrmDirectory(accounts, []), _internal);

        var body = SampleMail.Body(2 * 1024);
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        using var stream = File.Create(_mbox);
        for (var i = 0; i < Messages; i++)
        {
            var seller = $"seller{i % 20}@contoso.com";
            var person = $"person{i % 600}@company{i % 60}.com";
            var outbound = i % 10 < 7;
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(outbound ? seller : person));
            message.To.Add(MailboxAddress.Parse(outbound ? person : seller));
            message.Subject = $"Message {i}";
            // Shuffled dates, so the audit really has to order them.
            message.Date = start.AddMinutes((i * 7919) % (Messages * 3));
            message.MessageId = $"m{i}@bench.local";
            message.Body = new TextPart("plain") { Text = body };
            stream.Write(System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n")));
            message.WriteTo(stream);
            stream.WriteByte((byte)'\n');
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_mbox);

    [Benchmark(Description = "audit 10,000-message mbox")]
    public int Audit()
    {
        var lines = 0;
        var runner = new AuditRunner(_checker, _facts, _internal, Policy.Default, TextWriter.Null, new Progress(TextWriter.Null, interactive: false));
        runner.Run(MailSource.Read(_mbox), _ => lines++);
        return lines;
    }
}
