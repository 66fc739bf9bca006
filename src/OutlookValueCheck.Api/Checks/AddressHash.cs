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
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(tenantId), Encoding.UTF8.GetBytes(address.Trim().ToLowerInvariant()));
        return Convert.ToHexStringLower(hash);
    }
}
