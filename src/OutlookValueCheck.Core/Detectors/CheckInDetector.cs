using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Language;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A mail whose only purpose is to stay in touch ("just checking in", "bumping this").</summary>
internal sealed class CheckInDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.NoValueCheckIn];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        if (!context.Reading.IsCheckInOnly)
            yield break;
        var phrases = EvidenceOf.Phrases(context.Reading.Of(CueKind.CheckIn)).ToList();
        foreach (var recipient in context.Targets)
        {
            yield return context.Finding(
                FindingCode.NoValueCheckIn, recipient,
                $"This mail only checks in and gives {recipient.DisplayName} nothing new; say what changed or what you can do for them.",
                phrases);
        }
    }
}
