namespace OutlookValueCheck.Api.Auth;

/// <summary>Section "Access": which Entra ID tenants may use this service at all.</summary>
internal sealed class AccessSettings
{
    public const string Section = "Access";

    public const string Rule = "Access:AllowedTenants must list at least one Entra ID tenant ID (a GUID), and only tenant IDs.";

    public List<string> AllowedTenants { get; set; } = [];

    // Built on first use; a changed configuration binds a new instance.
    private HashSet<string>? _canonical;

    public bool IsValid() => AllowedTenants.Count > 0 && AllowedTenants.All(tenant => Guid.TryParse(tenant, out _));

    /// <summary>Whether <paramref name="tenantId"/>, in its canonical form (<see cref="TenantIds"/>), is on the list however the list spells it.</summary>
    public bool Allows(string tenantId) =>
        (_canonical ??= AllowedTenants.Select(TenantIds.CanonicalOrSelf).ToHashSet(StringComparer.Ordinal)).Contains(tenantId);
}
