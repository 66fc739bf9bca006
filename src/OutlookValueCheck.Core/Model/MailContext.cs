namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The context features of one mail's sentences (<see cref="SentenceFeatures"/>: the words of the sentences before
/// and after each one, and the subject's), hashed once a mail: every sentence's words as the previous sentence of
/// the one after it and as the next of the one before, and the subject's words once for all. Read sentence by
/// sentence, each sentence was hashed again for both its neighbours and the subject once for every sentence. The
/// buckets are the same, in the same order (a test holds the two to each other on every training mail). Scratch of
/// one thread, refilled for each mail.
/// </summary>
internal sealed class MailContext
{
    private readonly List<int> _asPrevious = new(1024);
    private readonly List<int> _asNext = new(1024);
    private readonly List<(int Start, int Count)> _sentences = new(32);
    private readonly int[] _subject = new int[SentenceFeatures.MaxContextFeatures];
    private readonly int[] _words = new int[2 * SentenceFeatures.MaxContextFeatures];
    private int _subjectCount;

    /// <summary>Hashes the words of <paramref name="sentences"/> (spans of <paramref name="text"/>) and of the subject.</summary>
    public void Read(string text, IReadOnlyList<(int Start, int End)> sentences, string subject)
    {
        _asPrevious.Clear();
        _asNext.Clear();
        _sentences.Clear();
        _subjectCount = SentenceFeatures.SubjectWords(subject, _subject);
        var asPrevious = _words.AsSpan(0, SentenceFeatures.MaxContextFeatures);
        var asNext = _words.AsSpan(SentenceFeatures.MaxContextFeatures);
        foreach (var (start, end) in sentences)
        {
            var count = SentenceFeatures.NeighbourWords(text.AsSpan(start, end - start), asPrevious, asNext);
            _sentences.Add((_asPrevious.Count, count));
            _asPrevious.AddRange(asPrevious[..count]);
            _asNext.AddRange(asNext[..count]);
        }
    }

    /// <summary>Writes sentence <paramref name="s"/>'s context features to <paramref name="into"/> and returns them.</summary>
    public ReadOnlySpan<int> Of(int s, Span<int> into)
    {
        var count = 0;
        if (s > 0)
            count += Copy(_asPrevious, _sentences[s - 1], into);
        else
            into[count++] = SentenceFeatures.NoNeighbour(previous: true);
        if (s + 1 < _sentences.Count)
            count += Copy(_asNext, _sentences[s + 1], into[count..]);
        else
            into[count++] = SentenceFeatures.NoNeighbour(previous: false);
        _subject.AsSpan(0, _subjectCount).CopyTo(into[count..]);
        return into[..(count + _subjectCount)];
    }

    private static int Copy(List<int> words, (int Start, int Count) sentence, Span<int> into)
    {
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words).Slice(sentence.Start, sentence.Count).CopyTo(into);
        return sentence.Count;
    }
}
