using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Hybrid;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Api.Policies;

/// <summary>
/// The Entra ID groups that choose a seller's team policy. Normally the token's groups claim. A token without one
/// (the seller is in more groups than a token can carry, the "overage" case, or the app registration does not emit
/// groups) is answered from Microsoft Graph, on behalf of the seller, and cached per seller and team list for an hour.
/// Graph failing never fails the check: the seller then gets the tenant policy and the failure is logged.
/// </summary>
internal sealed class SellerGroups(SellerGraph graph, HybridCache cache, ILogger<SellerGroups> logger)
{
    // A seller in thousands of groups is possible; 20 pages of 999 is the most this service reads.
    private const int MaxPages = 20;

    private static readonly HybridCacheEntryOptions CacheFor = new() { Expiration = TimeSpan.FromHours(1), LocalCacheExpiration = TimeSpan.FromHours(1) };

    public async Task<IReadOnlyCollection<string>> OfAsync(CallerIdentity caller, string? sellerToken, PolicySet policy, CancellationToken cancellationToken)
    {
        if (caller.Groups.Count > 0 || policy.Teams.Count == 0 || !graph.IsConfigured || sellerToken is null)
            return caller.Groups;
        var teams = policy.Teams.Select(team => team.Group).ToList();
        try
        {
            // Only the policy's teams are kept, so the entry is small; a policy with other teams gets a new key.
            return await cache.GetOrCreateAsync(
                $"groups:{caller.TenantId}:{caller.UserId}:{Fingerprint(teams)}",
                (graph, caller.TenantId, sellerToken, teams),
                static async (state, token) => await TeamsOfSellerAsync(state.graph, state.TenantId, state.sellerToken, state.teams, token),
                CacheFor, cancellationToken: cancellationToken);
        }
#pragma warning disable CA1031 // Any Graph or token failure falls back to the tenant policy; the check must go on.
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "The groups of a seller in tenant {Tenant} could not be read from Microsoft Graph; the tenant policy applies to this check.", caller.TenantId);
            return [];
        }
    }

    /// <summary>
    /// GET /me/transitiveMemberOf (nested groups included) needs only User.Read for the signed-in user; without
    /// permission to read groups Graph still returns each group's id and type, which is all this needs.
    /// </summary>
    private static async Task<string[]> TeamsOfSellerAsync(SellerGraph graph, string tenantId, string sellerToken, List<string> teams, CancellationToken cancellationToken)
    {
        var client = graph.For(tenantId, sellerToken);
        var found = new List<string>();
        var page = await client.Me.TransitiveMemberOf.GetAsync(request =>
        {
            request.QueryParameters.Select = ["id"];
            request.QueryParameters.Top = 999;
        }, cancellationToken);
        for (var pages = 1; page is not null; pages++)
        {
            found.AddRange((page.Value ?? [])
                .Where(member => member.OdataType == "#microsoft.graph.group" && member.Id is not null && teams.Contains(member.Id, StringComparer.OrdinalIgnoreCase))
                .Select(member => member.Id!));
            if (page.OdataNextLink is null || pages == MaxPages)
                break;
            page = await client.Me.TransitiveMemberOf.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken);
        }
        return [.. found];
    }

    private static string Fingerprint(List<string> teams) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(',', teams.Order(StringComparer.OrdinalIgnoreCase)))))[..16];
}
