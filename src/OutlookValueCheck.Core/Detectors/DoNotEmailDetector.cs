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
                    context.Wording.DoNotEmail(recipient.DisplayName),
                    [EvidenceOf.Fact(recipient, "contact.do_not_email", "true")]);
            }
            else if (recipient.DoNotEmailBaseContact is { } baseContact)
            {
                var name = baseContact.FullName ?? baseContact.Email;
                yield return context.Finding(
                    FindingCode.DoNotEmail, recipient,
                    context.Wording.DoNotEmailSubAddress(recipient.Address, baseContact.Email, name),
                    [
                        EvidenceOf.Fact(recipient, "contact.do_not_email", "true"),
                        new FactEvidence("address.sub_address_of", context.Wording.SubAddressOf(baseContact.Email)),
                    ]);
            }
        }
    }
}
