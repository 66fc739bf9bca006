using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Input;

/// <summary>What the CLI knows about a recipient: the built-in CRM, the internal domains and, in an audit, the mail read so far.</summary>
internal sealed class RecipientFactsBuilder(CrmDirectory crm, InternalDomains internalDomains)
{
    public RecipientFacts For(string address, MailHistory? history = null, IReadOnlyList<LookupFailure>? failures = null)
    {
        return internalDomains.Contains(address)
            ? new RecipientFacts { Address = address, IsInternal = true }
            : crm.FactsFor(address, history, failures);
    }
}
