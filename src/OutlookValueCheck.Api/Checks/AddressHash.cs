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
        if (addresses.Count == 0)
            return "";
        var hmac = HmacFor(tenantId);
        const int HexLength = HMACSHA256.HashSizeInBytes * 2;
        // Written straight into the result: a check hashes every recipient, and per-address strings added up.
        return string.Create(addresses.Count * (HexLength + 1) - 1, (hmac, addresses), static (joined, state) =>
        {
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            for (var i = 0; i < state.addresses.Count; i++)
            {
                AppendNormalised(state.hmac, state.addresses[i]);
                state.hmac.GetHashAndReset(hash);
                var slot = joined.Slice(i * (HexLength + 1));
                Convert.TryToHexStringLower(hash, slot, out _);
                if (i + 1 < state.addresses.Count)
                    slot[HexLength] = ',';
            }
        });
    }

    /// <summary>Feeds the address trimmed and lower-cased, as UTF-8, without allocating for addresses of normal length.</summary>
    private static void AppendNormalised(IncrementalHash hmac, string address)
    {
        var trimmed = address.AsSpan().Trim();
        if (trimmed.Length > 256)
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(trimmed.ToString().ToLowerInvariant()));
            return;
        }
        Span<char> lower = stackalloc char[trimmed.Length];
        trimmed.ToLowerInvariant(lower);
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(lower.Length)];
        hmac.AppendData(utf8[..Encoding.UTF8.GetBytes(lower, utf8)]);
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
