using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm;

/// <summary>
/// The calling tenant's CRM: the built-in store (in the database, filled by CSV import) or the CRM named for the
/// tenant in section "Crm" (a <see cref="ICrmConnector"/>). Every address is looked up once and then served from the cache.
/// </summary>
internal sealed class TenantCrm(Lazy<ValueCheckDbContext> database, TenantScope tenant, HybridCache cache, IOptionsMonitor<CrmSettings> settings,
    IEnumerable<ICrmConnector> connectors)
{
    // Opened only on a cache miss or a write: most checks are served from the cache without a DbContext.
    private ValueCheckDbContext Db => database.Value;

    private static readonly HybridCacheEntryOptions CacheFor = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    private string Tag => $"crm:{tenant.TenantId}";

    private TenantCrmSettings Settings => settings.CurrentValue.For(tenant.TenantId);

    /// <summary>The tenant's remote CRM; null for the built-in store.</summary>
    private ICrmConnector? ConnectorFor(TenantCrmSettings crm) => connectors.FirstOrDefault(connector => connector.Kind == crm.Kind);

    /// <summary>How the facts' source is named next to them in the task pane.</summary>
    public string SourceName => ConnectorFor(Settings)?.SourceName ?? CrmDirectory.SourceName;

    /// <summary>
    /// What the CRM knows of each address, in the order given. Each address is looked up once and then served from
    /// the cache (concurrent checks for the same cold address share one lookup); an import clears the tenant's entries.
    /// </summary>
    public async Task<CrmMatch[]> MatchesForAsync(IReadOnlyList<string> addresses, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var crm = Settings;
        var connector = ConnectorFor(crm);
        var tags = new[] { Tag };
        var matches = new CrmMatch[addresses.Count];
        // The built-in store shares this request's DbContext, which runs one query at a time; a remote CRM is asked
        // about several recipients at once, as many as its connector says its vendor's limits allow.
        // The gate holds only lookups that miss the cache: addresses already known (most of them, most of the time)
        // are answered in place, without a trip through the thread pool.
        using var gate = new SemaphoreSlim(connector?.MaxConcurrentLookups ?? 1);
        List<(int Index, ValueTask<CrmMatch> Lookup)>? pending = null;
        for (var i = 0; i < addresses.Count; i++)
        {
            // One spelling per mailbox: the cache key, the built-in query and a remote CRM's query all use it.
            var lookup = MatchAsync(crm, connector, EmailAddresses.Normalise(addresses[i]), tags, gate, maxWait, cancellationToken);
            if (lookup.IsCompletedSuccessfully)
                matches[i] = lookup.Result;
            else
                (pending ??= []).Add((i, lookup));
        }
        // Every started lookup is awaited, even after one failed: none may outlive the gate or this request's DbContext.
        Exception? failure = null;
        foreach (var (index, lookup) in pending ?? [])
        {
            try
            {
                matches[index] = await lookup;
            }
#pragma warning disable CA1031 // Rethrown below, after the others have finished.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure ??= exception;
            }
        }
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return matches;
    }

    private async ValueTask<CrmMatch> MatchAsync(TenantCrmSettings crm, ICrmConnector? connector, string address, string[] tags, SemaphoreSlim gate,
        TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var missed = false;
        var match = await cache.GetOrCreateAsync(
            $"crm:{tenant.TenantId}:{crm.Kind}:{address}",
            async token =>
            {
                missed = true;
                await gate.WaitAsync(token);
                try
                {
                    return connector is null
                        ? await LookUpAsync(address, token)
                        : await connector.LookUpAsync(tenant.TenantId, crm, address, maxWait, token);
                }
                finally
                {
                    gate.Release();
                }
            },
            CacheFor, tags, cancellationToken);
        Observability.ValueCheckTelemetry.CacheRequests.Add(1, new KeyValuePair<string, object?>("cache", "crm"), new KeyValuePair<string, object?>("result", missed ? "miss" : "hit"));
        return match;
    }

    /// <summary>The kind of CRM the calling tenant uses (BuiltIn, Dataverse, Salesforce, HubSpot), for metrics.</summary>
    public string Kind => Settings.Kind;

    /// <summary>Two queries: the contact by address, then the account by the contact's id or the address's domains.</summary>
    private async Task<CrmMatch> LookUpAsync(string address, CancellationToken cancellationToken)
    {
        var directory = await QueryAsync([address], cancellationToken);
        var (contact, account) = directory.Find(address);
        return new CrmMatch(contact, account);
    }

    private async Task<CrmDirectory> QueryAsync(IReadOnlyCollection<string> addresses, CancellationToken cancellationToken)
    {
        var emails = addresses.Select(EmailAddresses.Normalise).Distinct().ToList();
        var contacts = await Db.CrmContacts.AsNoTracking().Where(row => emails.Contains(row.Email)).ToListAsync(cancellationToken);
        var accountIds = contacts.Select(row => row.AccountId).OfType<string>().Distinct().ToList();
        var domains = emails.Select(DomainNames.DomainOf).OfType<string>().SelectMany(DomainNames.SelfAndParents).Distinct().ToList();
        var accounts = await Db.CrmAccounts.AsNoTracking()
            .Where(row => accountIds.Contains(row.Id) || (row.Domain != null && domains.Contains(row.Domain)))
            .ToListAsync(cancellationToken);
        return new CrmDirectory(accounts.Select(ToAccount), contacts.Select(ToContact));
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) => !await Db.CrmAccounts.AnyAsync(cancellationToken);

    /// <summary>How many accounts, contacts and do-not-email contacts the built-in store holds.</summary>
    public async Task<(int Accounts, int Contacts, int DoNotEmail)> CountsAsync(CancellationToken cancellationToken) =>
        (await Db.CrmAccounts.CountAsync(cancellationToken), await Db.CrmContacts.CountAsync(cancellationToken),
            await Db.CrmContacts.CountAsync(row => row.DoNotEmail, cancellationToken));

    /// <summary>
    /// The built-in store's accounts whose domain, or whose contacts' addresses, hold <paramref name="text"/> (an
    /// address or a domain, any case), with those contacts; at most <paramref name="limit"/> accounts.
    /// </summary>
    public async Task<CrmDirectory> SearchAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var needle = text.Trim().ToLowerInvariant();
        var contacts = await Db.CrmContacts.AsNoTracking().Where(row => row.Email.Contains(needle)).OrderBy(row => row.Email).Take(limit * 5).ToListAsync(cancellationToken);
        var ids = contacts.Select(row => row.AccountId).OfType<string>().Distinct().ToList();
        // Addresses and domains are stored lower case; names are not, and EF translates ToLower on both providers
        // (it translates no StringComparison overload).
#pragma warning disable CA1862, CA1304, CA1311
        var accounts = await Db.CrmAccounts.AsNoTracking()
            .Where(row => ids.Contains(row.Id) || (row.Domain != null && row.Domain.Contains(needle)) || row.Name.ToLower().Contains(needle))
            .OrderBy(row => row.Name).Take(limit).ToListAsync(cancellationToken);
#pragma warning restore CA1862, CA1304, CA1311
        var shown = accounts.Select(row => row.Id).ToHashSet(StringComparer.Ordinal);
        return new CrmDirectory(accounts.Select(ToAccount), contacts.Where(row => row.AccountId is null || shown.Contains(row.AccountId)).Select(ToContact));
    }

    /// <summary>Replaces the tenant's whole CRM in one transaction: an import is applied completely or not at all.</summary>
    public async Task ReplaceAsync(CrmDirectory directory, CancellationToken cancellationToken)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        await Db.CrmContacts.ExecuteDeleteAsync(cancellationToken);
        await Db.CrmAccounts.ExecuteDeleteAsync(cancellationToken);
        Db.CrmAccounts.AddRange(directory.Accounts.Select(account => new CrmAccountRow
        {
            Id = account.Id,
            Name = account.Name,
            Domain = account.Domain,
            Relationship = account.Relationship.Name(),
            CustomerSince = account.CustomerSince,
            RenewalDate = account.RenewalDate,
            OwnerEmail = account.OwnerEmail,
            OpenHighSeverityCases = account.OpenHighSeverityCases,
            Products = string.Join(';', account.Products),
        }));
        Db.CrmContacts.AddRange(directory.Contacts.Select(contact => new CrmContactRow
        {
            Email = contact.Email,
            AccountId = contact.AccountId,
            FirstName = contact.FirstName,
            LastName = contact.LastName,
            Title = contact.Title,
            DoNotEmail = contact.DoNotEmail,
        }));
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cache.RemoveByTagAsync(Tag, CancellationToken.None);
    }

    private static CrmAccount ToAccount(CrmAccountRow row) => new()
    {
        Id = row.Id,
        Name = row.Name,
        Domain = row.Domain,
        Relationship = Relationships.TryParse(row.Relationship, out var relationship) ? relationship : Relationship.Prospect,
        CustomerSince = row.CustomerSince,
        RenewalDate = row.RenewalDate,
        OwnerEmail = row.OwnerEmail,
        OpenHighSeverityCases = row.OpenHighSeverityCases,
        Products = row.Products.Split(';', StringSplitOptions.RemoveEmptyEntries),
    };

    private static CrmContact ToContact(CrmContactRow row) => new()
    {
        Email = row.Email,
        AccountId = row.AccountId,
        FirstName = row.FirstName,
        LastName = row.LastName,
        Title = row.Title,
        DoNotEmail = row.DoNotEmail,
    };
}
