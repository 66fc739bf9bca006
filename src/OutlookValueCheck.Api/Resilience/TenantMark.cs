namespace OutlookValueCheck.Api.Resilience;

/// <summary>
/// Marks an outgoing request (Graph, a CRM) with the tenant it is made for, so the resilience handler can keep a circuit per tenant.
/// The mark is a request header set on the per-seller HttpClient and removed before the request leaves.
/// </summary>
internal static class TenantMark
{
    private const string Header = "X-ValueCheck-Tenant";

    public static void Set(HttpClient client, string tenantId) => client.DefaultRequestHeaders.Add(Header, tenantId);

    public static string? Of(HttpRequestMessage request) =>
        request.Headers.TryGetValues(Header, out var values) ? values.FirstOrDefault() : null;

    /// <summary>The innermost handler: the remote service never sees the mark.</summary>
    internal sealed class Remover : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Remove(Header);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
