using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using OutlookValueCheck.Core.Text;
using OutlookValueCheck.Core.Wording;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>Everything a detector may look at. <see cref="Targets"/> excludes internal and exempt recipients.</summary>
internal sealed record CheckContext(
    Draft Draft,
    MailText Body,
    MailIntents Intents,
    Policy Policy,
    IReadOnlyList<RecipientFacts> Targets,
    FindingWording Wording)
{
    /// <summary>The sentence around the evidence's first passage, quoted as the seller's language quotes, after a space; or nothing.</summary>
    public string QuoteAside(IEnumerable<Passage> passages) => Wording.QuoteAside(EvidenceOf.SentenceWords(passages));

    public Finding Finding(FindingCode code, RecipientFacts? recipient, string message, IEnumerable<Evidence> evidence) =>
        new(code, Policy.SeverityOf(code), recipient?.Address, message, evidence.ToList());

    /// <summary>Whether the judge is sure enough of <paramref name="intent"/> for the policy's sensitivity at <paramref name="code"/>.</summary>
    public bool Reads(Intent intent, FindingCode code) => intent.Confidence >= Policy.SensitivityOf(code).Threshold();
}
