using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using OutlookValueCheck.Api.Resilience;

namespace OutlookValueCheck.Api.Graph;

/// <summary>
/// Graph clients that act as the calling seller: the seller's token for this API is exchanged for a Graph token
/// (on-behalf-of), so Graph shows only what the seller may see, with delegated permissions.
/// </summary>
internal sealed class SellerGraph(IOptions<GraphSettings> settings, IHttpClientFactory http, IMemoryCache credentials)
{
    public const string HttpClientName = "graph";

    public bool IsConfigured => settings.Value.IsConfigured;

    /// <summary>
    /// A client for one seller. <paramref name="sellerToken"/> is the bearer token they called this API with; with
    /// <paramref name="maxWait"/>, Graph asking to be retried later than that is not waited for.
    /// </summary>
    public GraphServiceClient For(string tenantId, string sellerToken, TimeSpan? maxWait = null)
    {
        var graph = settings.Value;
        if (!graph.IsConfigured)
            throw new InvalidOperationException("Microsoft Graph is not configured (AzureAd:ClientSecret).");
        // One credential per seller token, kept while the token may be in use: it holds the Graph token it got in
        // exchange, so the seller's next checks do not exchange again.
        var credential = credentials.GetOrCreate(("obo", Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sellerToken)))), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(1);
            return new OnBehalfOfCredential(tenantId, graph.ClientId, graph.ClientSecret, sellerToken, new OnBehalfOfCredentialOptions
            {
                AuthorityHost = graph.Instance,
                DisableInstanceDiscovery = Auth.EntraAuthorities.SkipsDiscovery(graph.Instance!),
            });
        })!;
        var authentication = new AzureIdentityAuthenticationProvider(credential, [graph.BaseUrl.Host], scopes: [ScopeFor(graph.BaseUrl)]);
        // The named client carries the resilience pipeline (GraphSetup) and none of the Graph SDK's own handlers.
        var client = http.CreateClient(HttpClientName);
        TenantMark.Set(client, tenantId);
        if (maxWait is { } limit)
            RetryAfterLimit.Set(client, limit);
        return new GraphServiceClient(client, authentication, graph.BaseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>".default" asks for the delegated permissions the tenant's admin consented to, no more.</summary>
    private static string ScopeFor(Uri baseUrl) => $"{baseUrl.GetLeftPart(UriPartial.Authority)}/.default";
}
