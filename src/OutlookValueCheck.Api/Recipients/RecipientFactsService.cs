using OutlookValueCheck.Api.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Recipients;

/// <summary>
/// What the service knows about each recipient of the calling tenant. Today: the built-in CRM, and the seller's own
/// domain as the organisation's (the Graph and CRM connectors of issue 4 add the rest here).
/// </summary>
internal sealed class RecipientFactsService(TenantCrm crm)
{
    public async Task<List<RecipientFacts>> FactsForAsync(IReadOnlyList<string> addresses, string? sellerAddress, CancellationToken cancellationToken)
    {
        var ownDomain = sellerAddress is null ? null : DomainNames.DomainOf(sellerAddress);
        var directory = await crm.DirectoryForAsync(addresses, cancellationToken);
        return addresses
            .Select(address => ownDomain is not null && DomainNames.IsAddressIn(address, ownDomain)
                ? new RecipientFacts { Address = address, IsInternal = true }
                : directory.FactsFor(address))
            .ToList();
    }
}
