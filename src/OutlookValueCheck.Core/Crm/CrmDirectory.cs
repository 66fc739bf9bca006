using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Crm;

/// <summary>
/// The built-in CRM in memory. A recipient matches a contact by address (case-insensitive), else an account by the
/// address's domain, where a sub-domain matches its parent ("emea.fabrikam.com" is Fabrikam).
/// </summary>
public sealed class CrmDirectory
{
    public const string SourceName = "built-in CRM";

    private readonly Dictionary<string, CrmAccount> _accountsById;
    private readonly Dictionary<string, CrmAccount> _accountsByDomain;
    private readonly Dictionary<string, CrmContact> _contactsByEmail;

    public CrmDirectory(IEnumerable<CrmAccount> accounts, IEnumerable<CrmContact> contacts)
    {
        Accounts = accounts.ToList();
        Contacts = contacts.ToList();
        _accountsById = Accounts.ToDictionary(account => account.Id, StringComparer.Ordinal);
        _accountsByDomain = new Dictionary<string, CrmAccount>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in Accounts.Where(account => !string.IsNullOrEmpty(account.Domain)))
            _accountsByDomain.TryAdd(account.Domain!, account);
        _contactsByEmail = new Dictionary<string, CrmContact>(StringComparer.OrdinalIgnoreCase);
        foreach (var contact in Contacts)
            _contactsByEmail.TryAdd(contact.Email, contact);
    }

    public IReadOnlyList<CrmAccount> Accounts { get; }
    public IReadOnlyList<CrmContact> Contacts { get; }

    public (CrmContact? Contact, CrmAccount? Account) Find(string address)
    {
        var trimmed = address.Trim();
        _contactsByEmail.TryGetValue(trimmed, out var contact);
        if (contact?.AccountId is { } accountId && _accountsById.TryGetValue(accountId, out var ofContact))
            return (contact, ofContact);
        return (contact, FindAccountByDomain(trimmed));
    }

    /// <summary>The facts the CRM gives about an external address, with this directory named as their source.</summary>
    public RecipientFacts FactsFor(string address, MailHistory? history = null, IReadOnlyList<LookupFailure>? failures = null)
    {
        var (contact, account) = Find(address);
        return new RecipientFacts
        {
            Address = address,
            Contact = contact,
            Account = account,
            CrmSource = contact is not null || account is not null ? SourceName : null,
            MailHistory = history,
            LookupFailures = failures ?? [],
        };
    }

    private CrmAccount? FindAccountByDomain(string address)
    {
        if (DomainNames.DomainOf(address) is not { } domain)
            return null;
        foreach (var candidate in DomainNames.SelfAndParents(domain))
        {
            if (_accountsByDomain.TryGetValue(candidate, out var account))
                return account;
        }
        return null;
    }
}
