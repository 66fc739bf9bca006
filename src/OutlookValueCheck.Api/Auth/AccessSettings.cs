namespace OutlookValueCheck.Api.Auth;

/// <summary>Section "Access": which Entra ID tenants may use this service at all.</summary>
internal sealed class AccessSettings
{
    public const string Section = "Access";

    public const string Rule = "Access:AllowedTenants must list at least one Entra ID tenant ID (a GUID), and only tenant IDs.";

    public List<string> AllowedTenants { get; set; } = [];

    public bool IsValid() => AllowedTenants.Count > 0 && AllowedTenants.All(tenant => Guid.TryParse(tenant, out _));
}
