using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A pitch, upsell or renewal push to an account that another salesperson owns.</summary>
internal sealed class OwnedByColleagueDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.OwnedByColleague];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        // The writer, not the sender: a seller naming the owner's mailbox as the sender still is not the owner.
        var intents = context.Intents;
        var code = FindingCode.OwnedByColleague;
        var pushes = context.Reads(intents.GenericPitch, code) || context.Reads(intents.Upsell, code) || context.Reads(intents.RenewalPush, code);
        if (!pushes || context.Draft.Writer is not { Length: > 0 } writer)
            yield break;
        foreach (var recipient in context.Targets)
        {
            if (recipient.Account is not { OwnerEmail: { Length: > 0 } owner } account
                || EmailAddresses.AreSame(owner, writer))
                continue;
            yield return context.Finding(
                FindingCode.OwnedByColleague, recipient,
                context.Wording.OwnedByColleague(account.Name, owner),
                [EvidenceOf.Fact(recipient, "account.owner", owner)]);
        }
    }
}
