using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>
/// A mail about us and our company with nothing specific to the recipient. Not raised where a pitch finding
/// already says the same thing more precisely for that recipient.
/// </summary>
internal sealed class SellerCentricDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.SellerCentric];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        var intents = context.Intents;
        if (!context.Reads(intents.SellerCentric, FindingCode.SellerCentric))
            yield break;
        var phrases = intents.SellerCentric.Evidence;
        var balance = context.Wording.WordBalance(intents.SellerWords, intents.RecipientWords);
        var quote = context.QuoteAside(phrases);
        foreach (var recipient in context.Targets)
        {
            var pitchAlreadySaid = recipient.Account?.Relationship is Relationship.Customer or Relationship.FormerCustomer
                && context.Reads(intents.GenericPitch, recipient.Account.Relationship == Relationship.Customer ? FindingCode.PitchToCustomer : FindingCode.FormerCustomer);
            if (pitchAlreadySaid)
                continue;
            yield return context.Finding(
                FindingCode.SellerCentric, recipient,
                context.Wording.SellerCentric(intents.SellerCentric.IsSure, quote, recipient.DisplayName),
                [.. EvidenceOf.Phrases(phrases), new FactEvidence("mail.we_versus_you", balance)]);
        }
    }
}
