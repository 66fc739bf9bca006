using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Benchmarks;

/// <summary>The stages of one check, to see where its time goes.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    private string _body = null!;
    private MailText _text = null!;
    private readonly ReadingContext _context = new("contoso", ["Fabrikam"]);

    [Params(2, 50)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _body = SampleMail.Body(Kilobytes * 1024);
        _text = MailText.From(_body, BodyFormat.Text);
    }

    [Benchmark(Description = "mask quoted history and signature")]
    public MailText Mask() => MailText.From(_body, BodyFormat.Text);

    [Benchmark(Description = "read cues and sentences")]
    public MailReading Read() => MailReader.Read("Dashboard refresh times", _text, _context);
}
