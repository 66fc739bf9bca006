using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A generic new-business pitch sent to someone who already buys from us, or used to.</summary>
internal sealed class PitchDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.PitchToCustomer, FindingCode.FormerCustomer];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var pitch = context.Intents.GenericPitch;
        if (pitch.Confidence <= 0)
            yield break;
        var quote = context.QuoteAside(pitch.Evidence);
        foreach (var recipient in context.Targets)
        {
            var account = recipient.Account;
            if (account?.Relationship == Relationship.Customer && context.Reads(pitch, FindingCode.PitchToCustomer))
            {
                yield return context.Finding(
                    FindingCode.PitchToCustomer, recipient,
                    context.Wording.PitchToCustomer(account.Name, account.CustomerSince, pitch.IsSure, recipient.DisplayName, quote),
                    [.. EvidenceOf.Phrases(pitch.Evidence), EvidenceOf.Relationship(recipient), EvidenceOf.CustomerSince(recipient)]);
            }
            else if (account?.Relationship == Relationship.FormerCustomer && context.Reads(pitch, FindingCode.FormerCustomer))
            {
                yield return context.Finding(
                    FindingCode.FormerCustomer, recipient,
                    context.Wording.FormerCustomer(account.Name, account.CustomerSince, pitch.IsSure, quote),
                    [.. EvidenceOf.Phrases(pitch.Evidence), EvidenceOf.Relationship(recipient), EvidenceOf.CustomerSince(recipient)]);
            }
        }
    }
}
