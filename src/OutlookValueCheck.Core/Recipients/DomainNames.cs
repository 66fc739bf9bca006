namespace OutlookValueCheck.Core.Recipients;

public static class DomainNames
{
    /// <summary>The part after the last '@', lower case; null when the address has none.</summary>
    public static string? DomainOf(string address)
    {
        var at = address.LastIndexOf('@');
        return at < 0 || at == address.Length - 1 ? null : address[(at + 1)..].Trim().ToLowerInvariant();
    }

    /// <summary>True for "contoso.com" and "emea.contoso.com" against "contoso.com"; false for "notcontoso.com".</summary>
    public static bool IsSameOrSubdomain(string domain, string parent)
    {
        if (domain.Length == parent.Length)
            return string.Equals(domain, parent, StringComparison.OrdinalIgnoreCase);
        return domain.Length > parent.Length
            && domain[domain.Length - parent.Length - 1] == '.'
            && domain.EndsWith(parent, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the address's domain is <paramref name="domain"/> or one of its sub-domains.</summary>
    public static bool IsAddressIn(string address, string domain) =>
        DomainOf(address) is { } own && IsSameOrSubdomain(own, domain);

    /// <summary>The domain itself, then each parent: "a.b.c.com", "b.c.com", "c.com" (never the bare TLD).</summary>
    public static IEnumerable<string> SelfAndParents(string domain)
    {
        var current = domain;
        while (true)
        {
            yield return current;
            var dot = current.IndexOf('.');
            if (dot < 0 || current.IndexOf('.', dot + 1) < 0)
                yield break;
            current = current[(dot + 1)..];
        }
    }
}
