using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Input;

/// <summary>The organisation's own domains: mail from them is outbound, recipients in them are colleagues.</summary>
internal sealed class InternalDomains(IReadOnlyList<string> domains)
{
    public IReadOnlyList<string> Domains { get; } = domains.Select(domain => EmailAddresses.NormaliseDomain(domain.Trim().TrimStart('@'))).ToList();

    public static InternalDomains Parse(IEnumerable<string> values)
    {
        var domains = values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        foreach (var domain in domains)
        {
            var bare = domain.TrimStart('@');
            if (!bare.Contains('.', StringComparison.Ordinal) || Uri.CheckHostName(bare) != UriHostNameType.Dns)
                throw new InputException($"--internal-domain '{domain}' is not a domain name like contoso.com.");
        }
        return new InternalDomains(domains);
    }

    public bool Contains(string address)
    {
        var normal = EmailAddresses.Normalise(address);
        return Domains.Any(own => DomainNames.IsAddressIn(normal, own));
    }
}
