using System.Net.Http.Headers;

namespace OutlookValueCheck.Api.Resilience;

internal static class SourceClients
{
    /// <summary>
    /// A client for one call of a fact source on behalf of a tenant: the named client's resilience pipeline (chosen
    /// by the tenant mark), the source's address, its bearer token and JSON answers, and the longest Retry-After the
    /// call waits for (the check's lookup deadline).
    /// </summary>
    public static HttpClient CreateFor(this IHttpClientFactory http, string name, string tenantId, Uri baseAddress, string bearerToken, TimeSpan maxWait)
    {
        var client = http.CreateClient(name);
        TenantMark.Set(client, tenantId);
        RetryAfterLimit.Set(client, maxWait);
        client.BaseAddress = baseAddress;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}
