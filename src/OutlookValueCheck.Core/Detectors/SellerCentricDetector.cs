using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>
/// A mail about us and our company with nothing specific to the recipient. Raised beside a pitch finding too: the
/// pitch finding says whom the pitch wrongs, this one what the mail lacks, and authors who never saw the code label
/// both on a third of pitches to customers (decision 97).
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
            yield return context.Finding(
                FindingCode.SellerCentric, recipient,
                context.Wording.SellerCentric(intents.SellerCentric.IsSure, quote, recipient.DisplayName),
                [.. EvidenceOf.Phrases(phrases), new FactEvidence("mail.we_versus_you", balance)]);
        }
    }
}
