using System.Globalization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Graph;

/// <summary>
/// What Microsoft 365 knows about recipients, seen as the seller: the organisation's verified domains (internal
/// recipients) and the seller's own mail history with each address (contact fatigue). Delegated permissions
/// User.Read, Mail.ReadBasic (message headers, never bodies) and Contacts.Read. Cached: domains per tenant for 12 hours, the
/// seller's sent items per seller and window for 5 minutes, the last reply and contact per seller and address for 5 minutes.
/// </summary>
internal sealed class GraphMailbox(SellerGraph graph, HybridCache cache)
{
    // Most sent items this reads for one fatigue window (Graph pages at most 1,000 messages).
    private const int MaxSentItems = 2_000;

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

        // What the mailbox says about each address: cached per address, and what is not cached yet is asked in one
        // JSON batch for all of this check's addresses (see AskMailboxAsync), so ten cold recipients cost one round
        // trip, not five. The batch starts when the first address misses the cache; concurrent checks of the same
        // address wait for the one that asks (HybridCache runs one factory per key).
        var normalised = addresses.Select(EmailAddresses.Normalise).Distinct(StringComparer.Ordinal).ToArray();
        var batch = new Lazy<Task<Dictionary<string, AddressInMailbox>>>(() => AskMailboxAsync(seller, normalised, cancellationToken));
        var known = await Task.WhenAll(normalised.Select(address =>
            cache.GetOrCreateAsync($"graph:recipient:{seller.TenantId}:{seller.UserId}:{address}", (batch, address),
                static async (state, _) => (await state.batch.Value)[state.address], History, cancellationToken: cancellationToken).AsTask()));
        var inMailbox = normalised.Zip(known).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

        // Sent items hold their recipients in normal spelling (SentSinceAsync), so a plain comparison finds every spelling.
        var result = new Dictionary<string, RecipientInMailbox>(EmailAddresses.Comparer);
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = EmailAddresses.Normalise(addresses[i]);
            var sentTo = sent.Where(message => message.Recipients.Contains(address, StringComparer.Ordinal)).Select(message => message.SentAt).ToList();
            result.TryAdd(addresses[i], new RecipientInMailbox(new MailHistory(sentTo, inMailbox[address].LastReply), inMailbox[address].InContacts));
        }
        return result;
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
    /// For each address, in JSON batches (Graph takes 20 requests in one, so 10 addresses a batch): the newest message
    /// from it (GET /me/messages; Graph only sorts on a property the filter names first, hence the always-true
    /// receivedDateTime condition in front) and whether it is in the seller's contacts (GET /me/contacts; Graph
    /// supports only any/eq on emailAddresses). Graph itself runs at most 4 of a batch's requests against one mailbox
    /// at a time, its documented MailboxConcurrency; a request it throttled anyway is asked again once, after the
    /// time it asks for, within the lookup's deadline.
    /// </summary>
    private static async Task<Dictionary<string, AddressInMailbox>> AskMailboxAsync(SellerContext seller, string[] addresses, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, AddressInMailbox>(StringComparer.Ordinal);
        IReadOnlyList<string> asking = addresses;
        for (var attempt = 1; asking.Count > 0; attempt++)
        {
            var (batch, steps) = await BatchAboutAsync(seller, asking);
            var responses = await seller.Client.Batch.PostAsync(batch, cancellationToken);
            var throttled = (await responses.GetResponsesStatusCodesAsync())
                .Where(step => step.Value == System.Net.HttpStatusCode.TooManyRequests).Select(step => step.Key).ToHashSet();
            var again = new List<string>();
            foreach (var (address, reply, contact) in steps)
            {
                if (attempt == 1 && (throttled.Contains(reply) || throttled.Contains(contact)))
                {
                    again.Add(address);
                    continue;
                }
                // A step that failed (or was throttled twice) throws here, as a single request would.
                var messages = await responses.GetResponseByIdAsync<MessageCollectionResponse>(reply);
                var contacts = await responses.GetResponseByIdAsync<ContactCollectionResponse>(contact);
                found[address] = new AddressInMailbox(messages?.Value?.FirstOrDefault()?.ReceivedDateTime, contacts?.Value is { Count: > 0 });
            }
            if (again.Count > 0)
                await Task.Delay(await RetryAfterAsync(responses, throttled), cancellationToken);
            asking = again;
        }
        return found;
    }

    private static async Task<(BatchRequestContentCollection Batch, List<(string Address, string Reply, string Contact)> Steps)> BatchAboutAsync(
        SellerContext seller, IReadOnlyList<string> addresses)
    {
        var batch = new BatchRequestContentCollection(seller.Client);
        var steps = new List<(string Address, string Reply, string Contact)>(addresses.Count);
        foreach (var address in addresses)
        {
            var literal = Connectors.QueryLiterals.OData(address);
            var reply = await batch.AddBatchRequestStepAsync(seller.Client.Me.Messages.ToGetRequestInformation(request =>
            {
                request.QueryParameters.Filter = $"receivedDateTime ge 1900-01-01T00:00:00Z and from/emailAddress/address eq {literal}";
                request.QueryParameters.Orderby = ["receivedDateTime desc"];
                request.QueryParameters.Select = ["receivedDateTime"];
                request.QueryParameters.Top = 1;
            }));
            var contact = await batch.AddBatchRequestStepAsync(seller.Client.Me.Contacts.ToGetRequestInformation(request =>
            {
                request.QueryParameters.Filter = $"emailAddresses/any(a:a/address eq {literal})";
                request.QueryParameters.Select = ["id"];
                request.QueryParameters.Top = 1;
            }));
            steps.Add((address, reply, contact));
        }
        return (batch, steps);
    }

    /// <summary>The longest Retry-After among the throttled steps (one second where a step gives none).</summary>
    private static async Task<TimeSpan> RetryAfterAsync(BatchResponseContentCollection responses, IEnumerable<string> steps)
    {
        var wait = TimeSpan.Zero;
        foreach (var step in steps)
        {
            using var response = await responses.GetResponseByIdAsync(step);
            var asked = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            wait = asked > wait ? asked : wait;
        }
        return wait;
    }

    private static IEnumerable<string> Addresses(List<Recipient>? recipients) =>
        (recipients ?? []).Select(recipient => recipient.EmailAddress?.Address).OfType<string>().Select(EmailAddresses.Normalise);

    internal sealed record SentMessage(DateTimeOffset SentAt, string[] Recipients);

    /// <summary>What the seller's mailbox says about one address: their last message to the seller, and whether they are a contact.</summary>
    internal sealed record AddressInMailbox(DateTimeOffset? LastReply, bool InContacts);
}

/// <summary>What the seller's mailbox says about one recipient.</summary>
internal sealed record RecipientInMailbox(MailHistory History, bool InContacts);

/// <summary>A seller as Graph sees them: their tenant and object ID (cache keys) and a client acting as them.</summary>
internal sealed record SellerContext(string TenantId, string UserId, Microsoft.Graph.GraphServiceClient Client);
