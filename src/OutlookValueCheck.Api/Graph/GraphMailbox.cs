using System.Globalization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Graph.Models;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Graph;

/// <summary>
/// What Microsoft 365 knows about recipients, seen as the seller: the organisation's verified domains (internal
/// recipients) and the seller's own mail history with each address (contact fatigue). Delegated permissions
/// User.Read, Mail.ReadBasic (message headers, never bodies) and Contacts.Read. Cached: domains per tenant for 12 hours, the
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

    /// <summary>The seller's Graph; a Retry-After longer than <paramref name="maxWait"/> (the lookup deadline) is not waited for.</summary>
    public SellerContext SellerFor(Auth.CallerIdentity caller, string sellerToken, TimeSpan maxWait) =>
        new(caller.TenantId, caller.UserId, graph.For(caller.TenantId, sellerToken, maxWait));

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
    /// For each recipient: when the seller mailed them since <paramref name="since"/> (one read of their sent items,
    /// counted here: Graph cannot filter messages by recipient), when they last wrote to the seller, and whether they
    /// are in the seller's contacts.
    /// </summary>
    public async Task<Dictionary<string, RecipientInMailbox>> AboutRecipientsAsync(SellerContext seller, IReadOnlyList<string> addresses, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var day = since.UtcDateTime.Date; // one cache entry per day of window start
        var sent = await cache.GetOrCreateAsync($"graph:sent:{seller.TenantId}:{seller.UserId}:{day:yyyyMMdd}", (seller, day),
            static async (state, token) => await SentSinceAsync(state.seller, state.day, token), History, cancellationToken: cancellationToken);

        // Graph lets an app run 4 requests at a time against one mailbox; more only earns 429s.
        var replies = new DateTimeOffset?[addresses.Count];
        var contacts = new bool[addresses.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, addresses.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MailboxConcurrency, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var address = EmailAddresses.Normalise(addresses[i]);
                replies[i] = await cache.GetOrCreateAsync($"graph:reply:{seller.TenantId}:{seller.UserId}:{address}", (seller, address),
                    static async (state, token) => await LastReplyAsync(state.seller, state.address, token), History, cancellationToken: token);
                contacts[i] = await cache.GetOrCreateAsync($"graph:contact:{seller.TenantId}:{seller.UserId}:{address}", (seller, address),
                    static async (state, token) => await InContactsAsync(state.seller, state.address, token), History, cancellationToken: token);
            });

        // Sent items hold their recipients in normal spelling (SentSinceAsync), so a plain comparison finds every spelling.
        var result = new Dictionary<string, RecipientInMailbox>(EmailAddresses.Comparer);
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = EmailAddresses.Normalise(addresses[i]);
            var sentTo = sent.Where(message => message.Recipients.Contains(address, StringComparer.Ordinal)).Select(message => message.SentAt).ToList();
            result.TryAdd(addresses[i], new RecipientInMailbox(new MailHistory(sentTo, replies[i]), contacts[i]));
        }
        return result;
    }

    /// <summary>GET /me/contacts filtered on the address (Contacts.Read): Graph supports only any/eq on emailAddresses.</summary>
    private static async Task<bool> InContactsAsync(SellerContext seller, string address, CancellationToken cancellationToken)
    {
        var page = await seller.Client.Me.Contacts.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"emailAddresses/any(a:a/address eq {Connectors.QueryLiterals.OData(address)})";
            request.QueryParameters.Select = ["id"];
            request.QueryParameters.Top = 1;
        }, cancellationToken);
        return page?.Value is { Count: > 0 };
    }

    /// <summary>Sent items since <paramref name="since"/>, newest first: to, cc and bcc addresses (in normal spelling) and the time.</summary>
    private static async Task<SentMessage[]> SentSinceAsync(SellerContext seller, DateTime since, CancellationToken cancellationToken) =>
        [.. (await SentItemsAsync(seller, since, ["sentDateTime", "toRecipients", "ccRecipients", "bccRecipients"], cancellationToken))
            .Select(message => new SentMessage(message.SentDateTime!.Value, RecipientsOf(message)))];

    /// <summary>
    /// Sent items since <paramref name="since"/> with their subjects, by which a checked draft is recognised once it
    /// went out. Never cached: a subject is the seller's own words, and is only hashed by the caller.
    /// </summary>
    public static async Task<IReadOnlyList<(DateTimeOffset SentAt, string? Subject, string[] Recipients)>> SentWithSubjectsSinceAsync(
        SellerContext seller, DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await SentItemsAsync(seller, since.UtcDateTime, ["sentDateTime", "subject", "toRecipients", "ccRecipients", "bccRecipients"], cancellationToken))
            .Select(message => (message.SentDateTime!.Value, message.Subject, RecipientsOf(message)))];

    /// <summary>GET /me/mailFolders/sentitems/messages since a time, newest first, with the fields asked for (Mail.ReadBasic).</summary>
    private static async Task<List<Message>> SentItemsAsync(SellerContext seller, DateTime since, string[] select, CancellationToken cancellationToken)
    {
        var found = new List<Message>();
        var page = await seller.Client.Me.MailFolders["sentitems"].Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"sentDateTime ge {since.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";
            request.QueryParameters.Orderby = ["sentDateTime desc"];
            request.QueryParameters.Select = select;
            request.QueryParameters.Top = 250;
        }, cancellationToken);
        while (page is not null)
        {
            found.AddRange((page.Value ?? []).Where(message => message.SentDateTime is not null));
            if (page.OdataNextLink is null || found.Count >= MaxSentItems)
                break;
            page = await seller.Client.Me.MailFolders["sentitems"].Messages.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken);
        }
        return found;
    }

    private static string[] RecipientsOf(Message message) =>
        [.. Addresses(message.ToRecipients), .. Addresses(message.CcRecipients), .. Addresses(message.BccRecipients)];

    /// <summary>
    /// The newest message from the address. Graph only sorts on a property that the filter names first, hence the
    /// always-true receivedDateTime condition in front.
    /// </summary>
    private static async Task<DateTimeOffset?> LastReplyAsync(SellerContext seller, string address, CancellationToken cancellationToken)
    {
        var page = await seller.Client.Me.Messages.GetAsync(request =>
        {
            request.QueryParameters.Filter = $"receivedDateTime ge 1900-01-01T00:00:00Z and from/emailAddress/address eq {Connectors.QueryLiterals.OData(address)}";
            request.QueryParameters.Orderby = ["receivedDateTime desc"];
            request.QueryParameters.Select = ["receivedDateTime"];
            request.QueryParameters.Top = 1;
        }, cancellationToken);
        return page?.Value?.FirstOrDefault()?.ReceivedDateTime;
    }

    private static IEnumerable<string> Addresses(List<Recipient>? recipients) =>
        (recipients ?? []).Select(recipient => recipient.EmailAddress?.Address).OfType<string>().Select(EmailAddresses.Normalise);

    internal sealed record SentMessage(DateTimeOffset SentAt, string[] Recipients);
}

/// <summary>What the seller's mailbox says about one recipient.</summary>
internal sealed record RecipientInMailbox(MailHistory History, bool InContacts);

/// <summary>A seller as Graph sees them: their tenant and object ID (cache keys) and a client acting as them.</summary>
internal sealed record SellerContext(string TenantId, string UserId, Microsoft.Graph.GraphServiceClient Client);
