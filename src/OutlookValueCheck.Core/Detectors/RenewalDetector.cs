using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A renewal, contract or price mail to a customer that pushes price or signature without recapping value.</summary>
internal sealed class RenewalDetector : IDetector
{
    private const float FaintRecap = 0.35f;

    public IEnumerable<FindingCode> Codes => [FindingCode.RenewalWithoutValue];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var intents = context.Intents;
        // The finding blames the mail for saying nothing about value, so even a recap the judge only suspects holds it
        // back (the model reads value from recap, substance and recipient-specific sentences beside any price talk).
        if (!context.Reads(intents.RenewalPush, FindingCode.RenewalWithoutValue) || intents.ValueRecap.Confidence >= FaintRecap)
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
