using OutlookValueCheck.Core.Findings;

namespace OutlookValueCheck.Core.Detectors;

/// <summary>
/// A recipient marked do-not-email in the CRM, whatever the mail says; a "+tag" sub-address of such a contact too,
/// since it reaches the same mailbox.
/// </summary>
internal sealed class DoNotEmailDetector : IDetector
{
    public IEnumerable<FindingCode> Codes => [FindingCode.DoNotEmail];

    public IEnumerable<Finding> Detect(CheckContext context)
    {
        foreach (var recipient in context.Targets)
        {
            if (recipient.Contact is { DoNotEmail: true })
            {
                yield return context.Finding(
                    FindingCode.DoNotEmail, recipient,
                    $"{recipient.DisplayName} is marked do-not-email in the CRM; remove them from this mail.",
                    [EvidenceOf.Fact(recipient, "contact.do_not_email", "true")]);
            }
            else if (recipient.DoNotEmailBaseContact is { } baseContact)
            {
                var name = baseContact.FullName ?? baseContact.Email;
                yield return context.Finding(
                    FindingCode.DoNotEmail, recipient,
                    $"{recipient.Address} is a sub-address of {baseContact.Email}, and {name} is marked do-not-email in the CRM; remove them from this mail.",
                    [
                        EvidenceOf.Fact(recipient, "contact.do_not_email", "true"),
                        new FactEvidence("address.sub_address_of", $"{baseContact.Email} (a +tag sub-address is delivered to its base mailbox, so it is "
                            + "matched to the base for do-not-email: blocking is the safe side)"),
                    ]);
            }
        }
    }
}
