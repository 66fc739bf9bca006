using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Recipients;

/// <summary>
/// The organisation's own domains: who is a colleague, and which mailboxes a draft may go out from. Microsoft
/// Graph's verified domains when Graph is configured; without Graph, the signed-in seller's own domain and, in
/// Development only, those listed in Development:InternalDomains. All in their normal spelling.
/// </summary>
internal sealed class OrganisationDomains(GraphMailbox mailbox, IOptions<DevelopmentDomainsSettings> development)
{
    /// <summary>Whether <see cref="VerifiedAsync"/> can ask Graph.</summary>
    public bool HasGraph => mailbox.IsConfigured;

    /// <summary>The domains known without asking Graph: the seller's own and, in Development, the configured ones.</summary>
    public string[] WithoutGraph(string? sellerAddress)
    {
        var configured = development.Value.InternalDomains;
        if (sellerAddress is null || DomainNames.DomainOf(EmailAddresses.Normalise(sellerAddress)) is not { } own)
            return [.. configured];
        return configured.Contains(own, StringComparer.Ordinal) ? [.. configured] : [own, .. configured];
    }

    /// <summary>
    /// The tenant's verified domains, as the seller may read them (cached by <see cref="GraphMailbox"/>); throws when
    /// Graph fails, or asks to be retried later than <paramref name="maxWait"/>.
    /// </summary>
    public async Task<string[]> VerifiedAsync(CallerIdentity caller, string sellerToken, TimeSpan maxWait, CancellationToken cancellationToken) =>
        [.. (await mailbox.VerifiedDomainsAsync(mailbox.SellerFor(caller, sellerToken, maxWait), cancellationToken)).Select(EmailAddresses.NormaliseDomain)];

    /// <summary>Whether the address is at one of <paramref name="domains"/> or a sub-domain of one.</summary>
    public static bool IsAtAny(string address, IReadOnlyList<string> domains)
    {
        var normal = EmailAddresses.Normalise(address);
        for (var i = 0; i < domains.Count; i++)
        {
            if (DomainNames.IsAddressIn(normal, domains[i]))
                return true;
        }
        return false;
    }
}
