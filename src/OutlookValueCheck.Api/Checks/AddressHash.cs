using System.Security.Cryptography;
using System.Text;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// Addresses as stored in decisions: HMAC-SHA256 keyed by the tenant, so reports can count per person without
/// keeping the address, and the same address hashes differently in two tenants.
/// </summary>
internal static class AddressHash
{
    // Setting up a keyed HMAC costs more than hashing an address, so each thread keeps the last tenant's.
    [ThreadStatic]
    private static (string Tenant, IncrementalHash Hmac)? _lastTenant;

    public static string Of(string tenantId, string address) => JoinedOf(tenantId, [address]);

    /// <summary>The hashes of all of a check's recipients, comma-separated.</summary>
    public static string JoinedOf(string tenantId, IReadOnlyList<string> addresses)
    {
        var hmac = HmacFor(tenantId);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var joined = new StringBuilder(addresses.Count * (HMACSHA256.HashSizeInBytes * 2 + 1));
        foreach (var address in addresses)
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant()));
            hmac.GetHashAndReset(hash);
            if (joined.Length > 0)
                joined.Append(',');
            joined.Append(Convert.ToHexStringLower(hash));
        }
        return joined.ToString();
    }

    private static IncrementalHash HmacFor(string tenantId)
    {
        if (_lastTenant is { } last && last.Tenant == tenantId)
            return last.Hmac;
        _lastTenant?.Hmac.Dispose();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(tenantId));
        _lastTenant = (tenantId, hmac);
        return hmac;
    }
}
