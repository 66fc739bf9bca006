using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Core.Crm;

/// <summary>
/// The built-in CRM in memory. A recipient matches a contact by address, else an account by the address's domain,
/// where a sub-domain matches its parent ("emea.fabrikam.com" is Fabrikam); both in their normal spelling
/// (<see cref="EmailAddresses"/>), however the CRM or the draft spells them.
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
        _accountsByDomain = new Dictionary<string, CrmAccount>(StringComparer.Ordinal);
        foreach (var account in Accounts.Where(account => !string.IsNullOrEmpty(account.Domain)))
            _accountsByDomain.TryAdd(EmailAddresses.NormaliseDomain(account.Domain!), account);
        _contactsByEmail = new Dictionary<string, CrmContact>(StringComparer.Ordinal);
        foreach (var contact in Contacts)
            _contactsByEmail.TryAdd(EmailAddresses.Normalise(contact.Email), contact);
    }

    public IReadOnlyList<CrmAccount> Accounts { get; }
    public IReadOnlyList<CrmContact> Contacts { get; }

    public (CrmContact? Contact, CrmAccount? Account) Find(string address)
    {
        var normal = EmailAddresses.Normalise(address);
        _contactsByEmail.TryGetValue(normal, out var contact);
        if (contact?.AccountId is { } accountId && _accountsById.TryGetValue(accountId, out var ofContact))
            return (contact, ofContact);
        return (contact, FindAccountByDomain(normal));
    }

    /// <summary>
    /// The contact of the base address when <paramref name="address"/> is a sub-address ("press+news@...") and that
    /// contact is marked do-not-email; null otherwise.
    /// </summary>
    public CrmContact? DoNotEmailBaseOf(string address) =>
        EmailAddresses.SubAddressBase(EmailAddresses.Normalise(address)) is { } baseAddress
        && _contactsByEmail.TryGetValue(baseAddress, out var contact) && contact.DoNotEmail
            ? contact
            : null;

    /// <summary>The facts the CRM gives about an external address, with this directory named as their source.</summary>
    public RecipientFacts FactsFor(string address, MailHistory? history = null, IReadOnlyList<LookupFailure>? failures = null)
    {
        var (contact, account) = Find(address);
        var doNotEmailBase = DoNotEmailBaseOf(address);
        return new RecipientFacts
        {
            Address = address,
            Contact = contact,
            Account = account,
            DoNotEmailBaseContact = doNotEmailBase,
            CrmSource = contact is not null || account is not null || doNotEmailBase is not null ? SourceName : null,
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
