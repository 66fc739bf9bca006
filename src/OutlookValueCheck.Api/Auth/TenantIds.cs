namespace OutlookValueCheck.Api.Auth;

/// <summary>
/// Tenant IDs in one form everywhere they are stored or compared (partitions, cache keys, rate buckets): the GUID in
/// lower case with hyphens, as Entra ID writes it. Any other spelling of the same tenant would otherwise be a second
/// tenant to the storage, the cache and the rate limiter.
/// </summary>
internal static class TenantIds
{
    /// <summary>
    /// The canonical form of <paramref name="value"/> when it is one GUID in the 8-4-4-4-12 form (any case); no braces,
    /// white space or other forms.
    /// </summary>
    public static bool TryCanonical(string? value, out string canonical)
    {
        canonical = "";
        // The length rules out the white space that Guid parsing would trim.
        if (value is not { Length: 36 } || !Guid.TryParseExact(value, "D", out var tenant))
            return false;
        // Every request reads its tenant several times: a value already canonical is kept rather than copied.
        canonical = value.AsSpan().ContainsAnyInRange('A', 'F') ? tenant.ToString("D") : value;
        return true;
    }

    /// <summary>The canonical form of a configured tenant ID (any GUID form), or the value itself when it is no GUID.</summary>
    public static string CanonicalOrSelf(string value) => Guid.TryParse(value, out var tenant) ? tenant.ToString("D") : value;
}
