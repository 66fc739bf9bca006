using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm.BuiltIn;

/// <summary>
/// The built-in CRM: accounts and contacts in the service's own database (the tenant's rows only), filled by CSV
/// import. A connector like the remote ones, and the store the import and the console's view of it work on.
/// </summary>
internal sealed class BuiltInCrm(Lazy<ValueCheckDbContext> database) : ICrmConnector
{
    // Opened only on a lookup the cache could not answer, or a write.
    private ValueCheckDbContext Db => database.Value;

    public string Kind => CrmKinds.BuiltIn;

    public string SourceName => CrmDirectory.SourceName;

    // The lookups share the request's DbContext, which runs one query at a time.
    public int MaxConcurrentLookups => 1;

    Task<CrmMatch> ICrmConnector.LookUpAsync(string tenantId, TenantCrmSettings settings, string address, TimeSpan maxWait, CancellationToken cancellationToken) =>
        LookUpAsync(address, cancellationToken);

    /// <summary>Two queries: the contact by address, then the account by the contact's id or the address's domains.</summary>
    public async Task<CrmMatch> LookUpAsync(string address, CancellationToken cancellationToken)
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

    /// <summary>
    /// Replaces the tenant's whole built-in CRM in one transaction: an import is applied completely or not at all.
    /// Call it through <see cref="TenantCrm.ReplaceBuiltInAsync"/>, which also forgets what the cache holds.
    /// </summary>
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
