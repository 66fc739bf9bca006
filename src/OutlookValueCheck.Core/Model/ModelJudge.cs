using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The trained judge: classifies each authored sentence (and the subject) with the <see cref="SentenceModel"/> and
/// reads the mail's intents from those sentences with its <see cref="MailIntentModel"/> (the renewal push gated by
/// <see cref="IntentRules"/>). An intent's evidence is the sentences that carry it.
/// </summary>
public sealed class ModelJudge(SentenceModel model) : IMailJudge
{
    public const string JudgeName = "model";

    /// <summary>
    /// A mail is judged on its first 16 KB of authored text (about 2,500 words): what a mail does shows long before
    /// that, and a pasted report must not cost more than a few milliseconds.
    /// </summary>
    public const int MaxJudgedCharacters = 16 * 1024;

    /// <summary>A sentence is evidence of an intent when its labels for that intent add up to at least this.</summary>
    private const float EvidenceProbability = 0.4f;

    private const int MaxEvidence = 4;

    // What a subject line can tell (the others need a sentence to mean anything: "Quick question" is not a check-in).
    private static readonly SentenceLabel[] SubjectLabels = [SentenceLabel.CheckIn, SentenceLabel.Renewal, SentenceLabel.PricePush, SentenceLabel.Upsell, SentenceLabel.MeetingAsk];

    private static readonly int LabelCount = SentenceLabels.Count;

    [ThreadStatic]
    private static Scratch? _scratch;

    internal sealed class Scratch
    {
        public readonly List<(TextPart Part, int Start, int End)> Sentences = new(32);
        public readonly List<(int Start, int End)> Spans = new(32);
        public readonly List<float> Probabilities = new(32 * SentenceLabels.Count);
        public readonly MailContext Context = new();
        public readonly int[] ContextOfSentence = new int[SentenceFeatures.MaxContextFeatures];
    }

    public string Name => JudgeName;

    /// <summary>The languages the model was trained in (<see cref="SentenceModel.Languages"/>).</summary>
    public bool Reads(string language) => Model.Languages.Contains(language, StringComparer.Ordinal);

    public SentenceModel Model { get; } = model;

    public MailIntents Judge(string subject, MailText body, ReadingContext context)
    {
        var read = Read(subject, body.Authored);
        var (seller, recipient) = MailReader.Perspective(body.Authored, context);
        return read.Intents(subject, body.Authored) with { SellerWords = seller, RecipientWords = recipient };
    }

    /// <summary>The mail as the mail-intent model reads it (<see cref="MailFeatures"/>), for training that model.</summary>
    public float[] FeaturesOf(string subject, string authoredText) => Read(subject, authoredText).Features;

    /// <summary>
    /// Classifies every sentence and keeps, per label, the highest probability and the sentences behind it. The
    /// sentences live in this thread's scratch lists, so a reading is used up (its intents taken) before the next.
    /// </summary>
    internal Reading Read(string subject, string text)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Sentences.Clear();
        scratch.Probabilities.Clear();
        Span<float> probabilities = stackalloc float[LabelCount];
        Span<float> maxima = stackalloc float[LabelCount];
        maxima.Clear();

        if (!string.IsNullOrWhiteSpace(subject))
        {
            Model.Predict(subject, probabilities);
            foreach (var label in SubjectLabels)
                maxima[(int)label] = probabilities[(int)label];
            Add(scratch, TextPart.Subject, 0, subject.Length, probabilities, SubjectLabels);
        }
        var judged = text.Length > MaxJudgedCharacters ? text[..MaxJudgedCharacters] : text;
        Span<float> aside = stackalloc float[3]; // recap, substance and recipient-specific text beside any price or renewal talk
        aside.Clear();
        Span<float> sums = stackalloc float[LabelCount];
        sums.Clear();
        var sentences = 0;
        // Split first: each sentence is read with the ones before and after it (decision 95).
        var spans = scratch.Spans;
        spans.Clear();
        foreach (var span in new SentenceSpans(judged))
            spans.Add(span);
        scratch.Context.Read(judged, spans, subject);
        for (var s = 0; s < spans.Count; s++)
        {
            var (start, end) = spans[s];
            Model.Predict(judged.AsSpan(start, end - start), scratch.Context.Of(s, scratch.ContextOfSentence), probabilities);
            sentences++;
            for (var k = 0; k < LabelCount; k++)
            {
                maxima[k] = MathF.Max(maxima[k], probabilities[k]);
                sums[k] += probabilities[k];
            }
            // A sentence that pushes a price is no recap of value, whatever its percentages look like; one about the
            // renewal itself is no news about their account.
            var notPrice = 1 - probabilities[(int)SentenceLabel.PricePush];
            var notTerms = notPrice * (1 - probabilities[(int)SentenceLabel.Renewal]);
            aside[0] = MathF.Max(aside[0], probabilities[(int)SentenceLabel.ValueRecap] * notPrice);
            aside[1] = MathF.Max(aside[1], probabilities[(int)SentenceLabel.Substance] * notTerms);
            aside[2] = MathF.Max(aside[2], probabilities[(int)SentenceLabel.RecipientSpecific] * notTerms);
            Add(scratch, TextPart.Body, start, end, probabilities, null);
        }
        var features = new float[MailFeatures.Count];
        MailFeatures.Write(maxima, sums, sentences, aside, features);
        return new Reading(Model, maxima.ToArray(), features, scratch, text.Length > MaxJudgedCharacters);
    }

    private static void Add(Scratch scratch, TextPart part, int start, int end, ReadOnlySpan<float> probabilities, SentenceLabel[]? only)
    {
        scratch.Sentences.Add((part, start, end));
        for (var k = 0; k < LabelCount; k++)
            scratch.Probabilities.Add(only is null || Array.IndexOf(only, (SentenceLabel)k) >= 0 ? probabilities[k] : 0f);
    }

    /// <summary>One mail's sentence probabilities: <see cref="Maxima"/> per label, and each sentence's for evidence.</summary>
    internal sealed class Reading(SentenceModel model, float[] maxima, float[] features, Scratch scratch, bool truncated)
    {
        public float[] Maxima { get; } = maxima;

        /// <summary>The mail as the mail-intent model reads it (<see cref="MailFeatures"/>).</summary>
        public float[] Features { get; } = features;

        public bool Truncated { get; } = truncated;

        public MailIntents Intents(string subject, string text)
        {
            var intents = model.Intents ?? throw new InvalidOperationException("This sentence model has no mail-intent model; it was made for training only.");
            Span<float> c = stackalloc float[MailIntentNames.All.Count];
            intents.Predict(Features, c);
            return new MailIntents
            {
                GenericPitch = Accusation(c[(int)MailIntent.GenericPitch], subject, text, SentenceLabel.IntroUs, SentenceLabel.MeetingAsk, SentenceLabel.SelfPromo),
                CheckInOnly = Accusation(c[(int)MailIntent.CheckInOnly], subject, text, SentenceLabel.CheckIn),
                RenewalPush = Accusation(IntentRules.RenewalPush(c[(int)MailIntent.RenewalPush], Maxima), subject, text, SentenceLabel.PricePush, SentenceLabel.Renewal),
                ValueRecap = Intent(c[(int)MailIntent.ValueRecap], subject, text, SentenceLabel.ValueRecap, SentenceLabel.Substance, SentenceLabel.RecipientSpecific),
                Upsell = Accusation(c[(int)MailIntent.Upsell], subject, text, SentenceLabel.Upsell),
                SellerCentric = Accusation(c[(int)MailIntent.SellerCentric], subject, text, SentenceLabel.SelfPromo, SentenceLabel.IntroUs),
                HelpGiven = Intent(c[(int)MailIntent.Helpful], subject, text, SentenceLabel.Substance),
                // How specific the mail is to them is the strongest such sentence: no mail label says it.
                RecipientSpecific = Intent(Maxima[(int)SentenceLabel.RecipientSpecific], subject, text, SentenceLabel.RecipientSpecific),
                PushEvidence = Passages(subject, text, SentenceLabel.Upsell, SentenceLabel.PricePush, SentenceLabel.MeetingAsk),
                JudgedTextCut = Truncated,
            };
        }

        /// <summary>
        /// Below this an intent is absent: no detector reads one under the highest sensitivity (0.3), and a learned
        /// confidence is never exactly 0, so without it every mail would gather evidence for every intent.
        /// </summary>
        private const float Faint = 0.1f;

        /// <summary>
        /// An intent that raises a finding needs a sentence that does it: the mail-intent model can be confident of a
        /// check-in from how little a short mail says, and a finding that names no sentence is one the seller cannot
        /// check (evidence is first-class and never invented). When no sentence is clear evidence, the one that leans
        /// most that way is named, if it leans at all (<see cref="Faint"/>); otherwise the intent is absent.
        /// </summary>
        private Judgment.Intent Accusation(float confidence, string subject, string text, params ReadOnlySpan<SentenceLabel> labels)
        {
            var intent = Intent(confidence, subject, text, labels);
            if (intent.Evidence.Count > 0 || confidence < Faint)
                return intent;
            var leaning = Passages(subject, text, Faint, labels);
            return leaning.Count == 0 ? Judgment.Intent.Absent : new Judgment.Intent(confidence, leaning.Take(1).ToList());
        }

        private Judgment.Intent Intent(float confidence, string subject, string text, params ReadOnlySpan<SentenceLabel> labels) =>
            confidence < Faint ? Judgment.Intent.Absent : new Judgment.Intent(confidence, Passages(subject, text, labels));

        /// <summary>The sentences most likely to do what the labels say, strongest first, at most four.</summary>
        private List<Passage> Passages(string subject, string text, params ReadOnlySpan<SentenceLabel> labels) =>
            Passages(subject, text, EvidenceProbability, labels);

        private List<Passage> Passages(string subject, string text, float threshold, params ReadOnlySpan<SentenceLabel> labels)
        {
            var candidates = new List<(float Probability, int Sentence)>();
            for (var s = 0; s < scratch.Sentences.Count; s++)
            {
                var sum = 0f;
                foreach (var label in labels)
                    sum += scratch.Probabilities[s * LabelCount + (int)label];
                if (sum >= threshold)
                    candidates.Add((sum, s));
            }
            candidates.Sort(static (a, b) => b.Probability.CompareTo(a.Probability));
            var passages = new List<Passage>(Math.Min(MaxEvidence, candidates.Count));
            foreach (var (_, s) in candidates.Take(MaxEvidence))
            {
                var (part, start, end) = scratch.Sentences[s];
                passages.Add(new Passage(part, start, end - start, part == TextPart.Subject ? subject : text));
            }
            return passages;
        }
    }
}
