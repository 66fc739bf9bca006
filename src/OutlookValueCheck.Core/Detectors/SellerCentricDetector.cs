using System.Globalization;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Language;
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
        var reading = context.Reading;
        if (!reading.IsSellerCentric)
            yield break;
        var phrases = reading.Of(CueKind.SelfPromotion).Concat(reading.Of(CueKind.StrangerIntro)).ToList();
        var balance = string.Create(CultureInfo.InvariantCulture, $"{reading.SellerWords} about us, {reading.RecipientWords} about them");
        foreach (var recipient in context.Targets)
        {
            var pitchAlreadySaid = reading.IsGenericPitch
                && recipient.Account?.Relationship is Relationship.Customer or Relationship.FormerCustomer;
            if (pitchAlreadySaid)
                continue;
            yield return context.Finding(
                FindingCode.SellerCentric, recipient,
                $"The mail talks about us and our company but says nothing about {recipient.DisplayName}'s own situation.",
                [.. EvidenceOf.Phrases(phrases), new FactEvidence("mail.we_versus_you", balance)]);
        }
    }
}
