using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Model;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Training.Tests;

/// <summary>
/// The judge hashes each sentence's words once a mail (<see cref="MailContext"/>) instead of once for each sentence
/// beside it. The model was trained on the buckets of the sentence-by-sentence reading, so both must give the same
/// buckets in the same order (the order of the adds makes the sums) on every training mail, split as the judge splits
/// it, and on the edges: no subject, a neighbour with no words, a run-on past the length read.
/// </summary>
public sealed class MailContextTests
{
    private static string TrainingFolder => Path.Combine(RepositoryRoot.Find(), "tests", "corpus", "training");

    [Fact]
    public void Hashing_each_sentence_once_a_mail_gives_the_buckets_of_reading_sentence_by_sentence()
    {
        var mails = TrainingData.Mails(TrainingFolder).Select(mail => (mail.Id, mail.Subject, Text: MailText.From(mail.Body, BodyFormat.Text).Authored))
            .Append(("no subject", "", "Hi Ana, any news? — Thanks, Tom"))
            .Append(("no words", "Update", "First. — !!! — Last one here."))
            .Append(("run-on", "Long", "Short one. " + string.Join(' ', Enumerable.Repeat("word", SentenceFeatures.MaxCharacters)) + " And the end."));
        var differing = new List<string>();
        var context = new MailContext();
        var into = new int[SentenceFeatures.MaxContextFeatures];
        var fast = new int[SentenceFeatures.MaxFeatures];
        var slow = new int[SentenceFeatures.MaxFeatures];
        var sentences = 0;
        foreach (var (id, subject, text) in mails)
        {
            var spans = new List<(int Start, int End)>();
            foreach (var span in new SentenceSpans(text))
                spans.Add(span);
            context.Read(text, spans, subject);
            for (var s = 0; s < spans.Count; s++)
            {
                var sentence = Slice(text, spans[s]);
                var previous = s > 0 ? Slice(text, spans[s - 1]) : "";
                var next = s + 1 < spans.Count ? Slice(text, spans[s + 1]) : "";
                var fastCount = SentenceFeatures.Extract(sentence, context.Of(s, into), fast, vectorised: true);
                var slowCount = SentenceFeatures.Extract(sentence, previous, next, subject, slow, vectorised: true);
                sentences++;
                if (!fast.AsSpan(0, fastCount).SequenceEqual(slow.AsSpan(0, slowCount)))
                    differing.Add($"{id} sentence {s}");
            }
        }

        Assert.True(sentences > 30_000, $"only {sentences} sentences read");
        Assert.Empty(differing.Take(5));
    }

    private static string Slice(string text, (int Start, int End) span) => text[span.Start..span.End];
}
