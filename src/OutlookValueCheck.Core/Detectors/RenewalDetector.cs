using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A renewal, contract or price mail to a customer that pushes price or signature without recapping value.</summary>
internal sealed class RenewalDetector : IDetector
{
    /// <summary>
    /// A value recap the judge reads at even chance holds the finding back, as every learned intent counts at even
    /// chance (decision 90). It does not move with the policy's sensitivity, which says how sure of the push to be.
    /// </summary>
    internal const float RecapHoldsBack = 0.5f;

    public IEnumerable<FindingCode> Codes => [FindingCode.RenewalWithoutValue];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var intents = context.Intents;
        if (!context.Reads(intents.RenewalPush, FindingCode.RenewalWithoutValue) || intents.ValueRecap.Confidence >= RecapHoldsBack)
            yield break;
        var phrases = EvidenceOf.Phrases(intents.RenewalPush.Evidence).ToList();
        var quote = context.QuoteAside(intents.RenewalPush.Evidence);
        foreach (var recipient in context.Targets)
        {
            if (recipient.Account is not { Relationship: Relationship.Customer } account)
                continue;
            List<Evidence> evidence = [.. phrases, EvidenceOf.Relationship(recipient)];
            if (account.RenewalDate is { } renewal)
                evidence.Add(EvidenceOf.Fact(recipient, "account.renewal_date", EvidenceOf.Date(renewal)));
            yield return context.Finding(
                FindingCode.RenewalWithoutValue, recipient,
                context.Wording.RenewalWithoutValue(intents.RenewalPush.IsSure, account.Name, quote),
                evidence);
        }
    }
}
