using System.Globalization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Graph.Models;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Graph;

/// <summary>
/// What Microsoft 365 knows about recipients, seen as the seller: the organisation's verified domains (internal
/// recipients) and the seller's own mail history with each address (contact fatigue). Delegated permissions
/// User.Read and Mail.ReadBasic (message headers, never bodies). Cached: domains per tenant for 12 hours, the
/// seller's sent items per seller and window for 5 minutes, the last reply per seller and address for 5 minutes.
/// </summary>
internal sealed class GraphMailbox(SellerGraph graph, HybridCache cache)
{
    // Most sent items this reads for one fatigue window (Graph pages at most 1,000 messages).
    private const int MaxSentItems = 2_000;

    private const int MailboxConcurrency = 4;

    private static readonly HybridCacheEntryOptions Domains = new() { Expiration = TimeSpan.FromHours(12), LocalCacheExpiration = TimeSpan.FromHours(12) };
    private static readonly HybridCacheEntryOptions History = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    public bool IsConfigured => graph.IsConfigured;

    public SellerContext SellerFor(Auth.CallerIdentity caller, string sellerToken) =>
        new(caller.TenantId, caller.UserId, graph.For(caller.TenantId, sellerToken));

    /// <summary>GET /organization?$select=verifiedDomains: the tenant's own domains, lower case.</summary>
    public async Task<string[]> VerifiedDomainsAsync(SellerContext seller, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync($"graph:domains:{seller.TenantId}", seller, static async (seller, token) =>
        {
            var organisations = await seller.Client.Organization.GetAsync(request => request.QueryParameters.Select = ["verifiedDomains"], token);
            return (organisations?.Value ?? [])
                .SelectMany(organisation => organisation.VerifiedDomains ?? [])
                .Select(domain => domain.Name?.ToLowerInvariant())
                .OfType<string>().Distinct().ToArray();
        }, Domains, cancellationToken: cancellationToken);

    /// <summary>
    /// When the seller mailed each recipient since <paramref name="since"/> (one read of their sent items, counted
    /// here: Graph cannot filter messages by recipient) and when each last wrote to the seller.
    /// </summary>
    public async Task<Dictionary<string, MailHistory>> HistoryAsync(SellerContext seller, IReadOnlyList<string> addresses, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var day = since.UtcDateTime.Date; // one cache entry per day of window start
        var sent = await cache.GetOrCreateAsync($"graph:sent:{seller.TenantId}:{seller.UserId}:{day:yyyyMMdd}", (seller, day),
            static async (state, token) => await SentSinceAsync(state.seller, state.day, token), History, cancellationToken: cancellationToken);

        // Graph lets an app run 4 requests at a time against one mailbox; more only earns 429s.
        var replies = new DateTimeOffset?[addresses.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, addresses.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MailboxConcurrency, CancellationToken = cancellationToken },
            async (i, token) => replies[i] = await cache.GetOrCreateAsync(
                $"graph:reply:{seller.TenantId}:{seller.UserId}:{addresses[i].ToLowerInvariant()}", (seller, address: addresses[i]),
                static async (state, token) => await LastReplyAsync(state.seller, state.address, token), History, cancellationToken: token));

        return addresses.Select((address, i) => (address, history: new MailHistory(
                sent.Where(message => message.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).Select(message => message.SentAt).ToList(),
                replies[i])))
            .ToDictionary(pair => pair.address, pair => pair.history, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Sent items since <paramref name="since"/>, newest first: to, cc and bcc addresses and the time.</summary>
    private static async Task<SentMessage[]> SentSinceAsync(SellerContext seller, DateTime since, CancellationToken cancellationToken)
    {
        var found = new List<SentMessage>();
        var page = await seller.Client.Me.MailFolders["sentitems"].Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"sentDateTime ge {since.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
            request.QueryParameters.Orderby = ["sentDateTime desc"];
            request.QueryParameters.Select = ["sentDateTime", "toRecipients", "ccRecipients", "bccRecipients"];
            request.QueryParameters.Top = 250;
        }, cancellationToken);
        while (page is not null)
        {
            found.AddRange((page.Value ?? []).Where(message => message.SentDateTime is not null).Select(message => new SentMessage(
                message.SentDateTime!.Value,
                [.. Addresses(message.ToRecipients), .. Addresses(message.CcRecipients), .. Addresses(message.BccRecipients)])));
            if (page.OdataNextLink is null || found.Count >= MaxSentItems)
                break;
            page = await seller.Client.Me.MailFolders["sentitems"].Messages.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken);
        }
        return [.. found];
    }

    /// <summary>
    /// The newest message from the address. Graph only sorts on a property that the filter names first, hence the
    /// always-true receivedDateTime condition in front.
    /// </summary>
    private static async Task<DateTimeOffset?> LastReplyAsync(SellerContext seller, string address, CancellationToken cancellationToken)
    {
        var page = await seller.Client.Me.Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"receivedDateTime ge 1900-01-01T00:00:00Z and from/emailAddress/address eq '{Recipients.ODataText.Literal(address)}'";
            request.QueryParameters.Orderby = ["receivedDateTime desc"];
            request.QueryParameters.Select = ["receivedDateTime"];
            request.QueryParameters.Top = 1;
        }, cancellationToken);
        return page?.Value?.FirstOrDefault()?.ReceivedDateTime;
    }

    private static IEnumerable<string> Addresses(List<Recipient>? recipients) =>
        (recipients ?? []).Select(recipient => recipient.EmailAddress?.Address).OfType<string>();

    internal sealed record SentMessage(DateTimeOffset SentAt, string[] Recipients);
}

/// <summary>A seller as Graph sees them: their tenant and object ID (cache keys) and a client acting as them.</summary>
internal sealed record SellerContext(string TenantId, string UserId, Microsoft.Graph.GraphServiceClient Client);
