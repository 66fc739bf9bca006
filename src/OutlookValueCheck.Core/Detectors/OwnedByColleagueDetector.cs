using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A pitch, upsell or renewal push to an account that another salesperson owns.</summary>
internal sealed class OwnedByColleagueDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.OwnedByColleague];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        if (!context.Reading.IsCommercialPush || context.Draft.Sender is not { Length: > 0 } sender)
            yield break;
        foreach (var recipient in context.Targets)
        {
            if (recipient.Account is not { OwnerEmail: { Length: > 0 } owner } account
                || string.Equals(owner, sender, StringComparison.OrdinalIgnoreCase))
                continue;
            yield return context.Finding(
                FindingCode.OwnedByColleague, recipient,
                $"{account.Name} is owned by {owner}; ask them before you pitch or push a renewal.",
                [EvidenceOf.Fact(recipient, "account.owner", owner)]);
        }
    }
}
