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
    private readonly ReadingContext _reading = new(["contoso"], ["Fabrikam"]);
    private readonly ModelJudge _model = new(ShippedSentenceModel.Get());
    private string[] _sentences = null!;
    private readonly List<(int Start, int End)> _spans = [];
    private readonly MailContext _context = new();
    private const string Subject = "Dashboard refresh times";

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
        {
            _spans.Add((start, end));
            sentences.Add(_text.Authored[start..end]);
        }
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
    public MailReading Read() => MailReader.Read(Subject, _text, _reading);

    [Benchmark(Description = "model: every sentence's features, with its neighbours' and the subject's words (no weights read)")]
    public int Features()
    {
        Span<int> buckets = stackalloc int[SentenceFeatures.MaxFeatures];
        Span<int> context = stackalloc int[SentenceFeatures.MaxContextFeatures];
        _context.Read(_text.Authored, _spans, Subject);
        var total = 0;
        for (var s = 0; s < _spans.Count; s++)
            total += SentenceFeatures.Extract(_sentences[s], _context.Of(s, context), buckets, vectorised: true);
        return total;
    }

    [Benchmark(Description = "model: every sentence classified")]
    public float Classify()
    {
        Span<float> probabilities = stackalloc float[SentenceLabels.Count];
        Span<int> context = stackalloc int[SentenceFeatures.MaxContextFeatures];
        _context.Read(_text.Authored, _spans, Subject);
        var total = 0f;
        for (var s = 0; s < _spans.Count; s++)
        {
            _model.Model.Predict(_sentences[s], _context.Of(s, context), probabilities);
            total += probabilities[0];
        }
        return total;
    }

    [Benchmark(Description = "model: the whole judge")]
    public MailIntents JudgeWithModel() => _model.Judge(Subject, _text, _reading);
}
