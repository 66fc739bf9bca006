using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>A recipient marked do-not-email in the CRM, whatever the mail says.</summary>
internal sealed class DoNotEmailDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.DoNotEmail];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        foreach (var recipient in context.Targets)
        {
            if (recipient.Contact is not { DoNotEmail: true })
                continue;
            yield return context.Finding(
                FindingCode.DoNotEmail, recipient,
                $"{recipient.DisplayName} is marked do-not-email in the CRM; remove them from this mail.",
                [EvidenceOf.Fact(recipient, "contact.do_not_email", "true")]);
        }
    }
}
