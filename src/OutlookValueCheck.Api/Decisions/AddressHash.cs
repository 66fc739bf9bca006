using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>
/// Addresses as stored in decisions: HMAC-SHA256 under a key of the tenant's own, derived with HKDF from the
/// deployment's secret (Privacy:AddressHashKey), which is never stored. Reports can count per person without keeping
/// the address; the same address hashes differently in two tenants; and whoever holds the database, tenant IDs
/// included, cannot test a guessed address against a hash without the secret.
/// </summary>
internal sealed class AddressHash
{
    // Setting up a keyed HMAC costs more than hashing an address, so each thread keeps the last one it used, known by
    // its key: another tenant, or another deployment's secret (tests run several), never reuses it.
    [ThreadStatic]
    private static (byte[] TenantKey, IncrementalHash Hmac)? _last;

    private readonly byte[] _secret;

    // One derived key per tenant: tenants are those on the allow-list, so this stays small.
    private readonly ConcurrentDictionary<string, byte[]> _tenantKeys = new(StringComparer.Ordinal);

    public AddressHash(IOptions<AddressHashSettings> settings)
        : this(settings.Value.KeyBytes())
    {
    }

    public AddressHash(byte[] secret)
    {
        _secret = [.. secret];
        KeyId = Convert.ToHexStringLower(HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, KeyIdBytes, [], Encoding.UTF8.GetBytes(KeyIdLabel)));
    }

    private const int KeyIdBytes = 8;
    private const string KeyIdLabel = "address-hash-key-id";
    private const string TenantKeyLabel = "address-hash:";

    /// <summary>
    /// Names the secret without revealing it (16 hex digits, derived apart from the hashing keys), stored with each
    /// decision: rows hashed under different secrets, before and after a rotation, can be told apart.
    /// </summary>
    public string KeyId { get; }

    public string Of(string tenantId, string address) => JoinedOf(tenantId, [address]);

    /// <summary>
    /// A draft's key as stored: the add-in makes it (a random ID per compose item), but a caller can send any text, so
    /// it is kept only as this keyed hash, apart from the addresses' (a prefix no address has).
    /// </summary>
    public string OfDraftKey(string tenantId, string draftKey)
    {
        var hmac = HmacFor(tenantId);
        hmac.AppendData(Encoding.UTF8.GetBytes(DraftKeyLabel + draftKey));
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private const string DraftKeyLabel = "draft key\0";

    /// <summary>
    /// A sent message as the seller's Sent Items will show it, keyed like the rest: its subject (trimmed, runs of
    /// white space as one, case ignored) and its recipients (normal spelling, sorted, each once). A check stores it
    /// so the message can be recognised later without storing its subject or who it went to.
    /// </summary>
    public string OfMessage(string tenantId, string? subject, IEnumerable<string> recipients)
    {
        var hmac = HmacFor(tenantId);
        var text = new StringBuilder(MessageLabel);
        text.AppendJoin(' ', (subject ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Append('\0');
        text.AppendJoin('\n', recipients.Select(EmailAddresses.Normalise).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        hmac.AppendData(Encoding.UTF8.GetBytes(text.ToString().ToUpperInvariant()));
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    private const string MessageLabel = "sent message\0";

    /// <summary>The hashes of all of a check's recipients, comma-separated.</summary>
    public string JoinedOf(string tenantId, IReadOnlyList<string> addresses)
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

    /// <summary>
    /// The tenant's own key: HKDF-SHA256 of the deployment's secret with the tenant ID as context, so one secret serves
    /// every tenant and no tenant's key tells anything about another's.
    /// </summary>
    public static byte[] TenantKey(byte[] secret, string tenantId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, HMACSHA256.HashSizeInBytes, [], Encoding.UTF8.GetBytes(TenantKeyLabel + tenantId));

    /// <summary>Feeds the address in its normal spelling, as UTF-8, without allocating for addresses of normal length.</summary>
    private static void AppendNormalised(IncrementalHash hmac, string address)
    {
        // The spelling every match uses, so respelling an address cannot make it a second person in reports.
        var normal = EmailAddresses.Normalise(address).AsSpan();
        if (normal.Length > 256)
        {
            hmac.AppendData(Encoding.UTF8.GetBytes(normal.ToString()));
            return;
        }
        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(normal.Length)];
        hmac.AppendData(utf8[..Encoding.UTF8.GetBytes(normal, utf8)]);
    }

    private IncrementalHash HmacFor(string tenantId)
    {
        var key = _tenantKeys.GetOrAdd(tenantId, static (tenant, secret) => TenantKey(secret, tenant), _secret);
        if (_last is { } last && last.TenantKey.AsSpan().SequenceEqual(key))
            return last.Hmac;
        _last?.Hmac.Dispose();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        _last = (key, hmac);
        return hmac;
    }
}
