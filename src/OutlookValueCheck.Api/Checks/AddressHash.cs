using System.Security.Cryptography;
using System.Text;

namespace OutlookValueCheck.Api.Checks;

/// <summary>
/// Addresses as stored in decisions: HMAC-SHA256 keyed by the tenant, so reports can count per person without
/// keeping the address, and the same address hashes differently in two tenants.
/// </summary>
internal static class AddressHash
{
    public static string Of(string tenantId, string address)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(tenantId), Encoding.UTF8.GetBytes(Normalised(address)));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// The hashes of all of a check's recipients, comma-separated. One keyed HMAC serves them all: setting up the
    /// key costs more than hashing an address.
    /// </summary>
    public static string JoinedOf(string tenantId, IReadOnlyList<string> addresses)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(tenantId));
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var joined = new StringBuilder(addresses.Count * (HMACSHA256.HashSizeInBytes * 2 + 1));
        foreach (var address in addresses)
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(Normalised(address)));
            hmac.GetHashAndReset(hash);
            if (joined.Length > 0)
                joined.Append(',');
            joined.Append(Convert.ToHexStringLower(hash));
        }
        return joined.ToString();
    }

    private static string Normalised(string address) => address.Trim().ToLowerInvariant();
}
