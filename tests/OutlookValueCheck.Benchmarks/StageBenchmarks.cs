using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Judgment;
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
    private List<Token> _tokens = null!;
    private readonly ReadingContext _context = new(["contoso"], ["Fabrikam"]);

    [Params(2)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _body = SampleMail.Body(Kilobytes * 1024);
        _text = MailText.From(_body, BodyFormat.Text);
        _tokens = Tokenizer.Tokenize(_text.Authored, Lexicon.Words);
    }

    [Benchmark(Description = "mask quoted history and signature")]
    public MailText Mask() => MailText.From(_body, BodyFormat.Text);

    [Benchmark(Description = "tokenize")]
    public int Tokenize() => Tokenizer.Tokenize(_text.Authored, Lexicon.Words).Count;

    [Benchmark(Description = "find phrases")]
    public int FindPhrases()
    {
        var found = 0;
        Lexicon.Phrases.FindAll(_tokens, (_, _, _) => found++);
        return found;
    }

    [Benchmark(Description = "read cues and sentences")]
    public MailReading Read() => MailReader.Read("Dashboard refresh times", _text, _context);
}
