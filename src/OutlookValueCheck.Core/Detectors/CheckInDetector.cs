using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A mail whose only purpose is to stay in touch ("just checking in", "bumping this").</summary>
internal sealed class CheckInDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.NoValueCheckIn];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var checkIn = context.Intents.CheckInOnly;
        if (!context.Reads(checkIn, FindingCode.NoValueCheckIn))
            yield break;
        var phrases = EvidenceOf.Phrases(checkIn.Evidence).ToList();
        var quote = context.QuoteAside(checkIn.Evidence);
        foreach (var recipient in context.Targets)
        {
            yield return context.Finding(
                FindingCode.NoValueCheckIn, recipient,
                context.Wording.CheckIn(checkIn.IsSure, quote, recipient.DisplayName),
                phrases);
        }
    }
}
