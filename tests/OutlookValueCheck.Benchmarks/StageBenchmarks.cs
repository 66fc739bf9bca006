using BenchmarkDotNet.Attributes;
using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Model;
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
    private readonly ModelJudge _model = new(ShippedSentenceModel.Get());
    private string[] _sentences = null!;

    [Params(2)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _body = SampleMail.Body(Kilobytes * 1024);
        _text = MailText.From(_body, BodyFormat.Text);
        _tokens = Tokenizer.Tokenize(_text.Authored, Lexicon.Words);
        // The sentences the model judge reads, split as it splits them.
        var sentences = new List<string>();
        foreach (var (start, end) in new SentenceSpans(_text.Authored))
            sentences.Add(_text.Authored[start..end]);
        _sentences = [.. sentences];
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

    [Benchmark(Description = "model: every sentence's features (no weights read)")]
    public int Features()
    {
        Span<int> buckets = stackalloc int[SentenceFeatures.MaxFeatures];
        var total = 0;
        foreach (var sentence in _sentences)
            total += SentenceFeatures.Extract(sentence, [], [], [], buckets);
        return total;
    }

    [Benchmark(Description = "model: every sentence classified")]
    public float Classify()
    {
        Span<float> probabilities = stackalloc float[SentenceLabels.Count];
        var total = 0f;
        for (var s = 0; s < _sentences.Length; s++)
        {
            _model.Model.Predict(_sentences[s], s > 0 ? _sentences[s - 1] : "", s + 1 < _sentences.Length ? _sentences[s + 1] : "", "", probabilities);
            total += probabilities[0];
        }
        return total;
    }

    [Benchmark(Description = "model: the whole judge")]
    public MailIntents JudgeWithModel() => _model.Judge("Dashboard refresh times", _text, _context);
}
