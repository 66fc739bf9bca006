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
        var opening = (checkIn.IsSure ? "This mail only checks in" : "This reads like a check-in") + EvidenceOf.QuoteAside(checkIn.Evidence);
        foreach (var recipient in context.Targets)
        {
            yield return context.Finding(
                FindingCode.NoValueCheckIn, recipient,
                $"{opening} and gives {recipient.DisplayName} nothing new; say what changed or what you can do for them.",
                phrases);
        }
    }
}
