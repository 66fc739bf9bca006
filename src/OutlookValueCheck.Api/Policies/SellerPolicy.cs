using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Api.Policies;

/// <summary>The policy a seller works under: the tenant's current version, with their team's overrides.</summary>
internal sealed class SellerPolicy(TenantPolicies policies, SellerGroups groups)
{
    public async Task<AppliedPolicy> ForAsync(CallerIdentity caller, string? sellerToken, CancellationToken cancellationToken)
    {
        var set = await policies.CompiledAsync(cancellationToken);
        return set.Resolve(await groups.OfAsync(caller, sellerToken, set, cancellationToken));
    }
}
