using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A renewal, contract or price mail to a customer that pushes price or signature without recapping value.</summary>
internal sealed class RenewalDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.RenewalWithoutValue];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var reading = context.Reading;
        if (!reading.IsRenewal || reading.RecapsValue)
            yield break;
        var phrases = EvidenceOf.Phrases(reading.Of(CueKind.PricePush).Concat(reading.Of(CueKind.Renewal)).Concat(reading.Of(CueKind.Money))).ToList();
        foreach (var recipient in context.Targets)
        {
            if (recipient.Account is not { Relationship: Relationship.Customer } account)
                continue;
            List<Evidence> evidence = [.. phrases, EvidenceOf.Relationship(recipient)];
            if (account.RenewalDate is { } renewal)
                evidence.Add(EvidenceOf.Fact(recipient, "account.renewal_date", EvidenceOf.Date(renewal)));
            yield return context.Finding(
                FindingCode.RenewalWithoutValue, recipient,
                $"This renewal mail asks {account.Name} for price or signature but says nothing about the value they got or their goals.",
                evidence);
        }
    }
}
