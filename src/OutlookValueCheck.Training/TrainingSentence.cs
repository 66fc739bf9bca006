using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>A labeled sentence and where it came from ("en/logistics.jsonl:17", sentence 3 of mail logistics-0017).</summary>
public sealed record TrainingSentence(string MailId, int Index, string Text, SentenceLabel Label, string Source)
{
    /// <summary>The sentences before and after it in its mail (empty at the start and the end).</summary>
    public string Previous { get; init; } = "";

    public string Next { get; init; } = "";

    /// <summary>Its mail's subject line (empty for the subject itself and for a mail without one).</summary>
    public string Subject { get; init; } = "";
}

/// <summary>
/// A labeled mail: its set ("logistics"), whom it went to as its author saw them ("former-customer"; empty when
/// not said), what the seller wrote, and the intents its author gave it.
/// </summary>
public sealed record TrainingMail(string Id, string Set, string To, string Subject, string Body, IReadOnlySet<string> Intents);
