using Microsoft.Extensions.Options;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm;

/// <summary>
/// Section "Crm": which CRM each tenant's facts come from. A tenant not listed uses the built-in store (CSV import).
/// <code>"Crm": { "Tenants": { "&lt;tenant id&gt;": { "Kind": "Dataverse", "Dataverse": { "Url": "https://contoso.crm4.dynamics.com", ... } } } }</code>
/// </summary>
internal sealed class CrmSettings
{
    public const string Section = "Crm";

    public Dictionary<string, TenantCrmSettings> Tenants { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public TenantCrmSettings For(string tenantId) => Tenants.GetValueOrDefault(tenantId) ?? TenantCrmSettings.BuiltIn;
}

internal sealed class TenantCrmSettings
{
    public static TenantCrmSettings BuiltIn { get; } = new();

    /// <summary>"BuiltIn" (default) or "Dataverse".</summary>
    public string Kind { get; init; } = CrmKinds.BuiltIn;

    public DataverseSettings? Dataverse { get; init; }
}

internal static class CrmKinds
{
    public const string BuiltIn = "BuiltIn";
    public const string Dataverse = "Dataverse";
}

/// <summary>Dynamics 365 / Dataverse Web API v9.2, read with an application user (client credentials).</summary>
internal sealed class DataverseSettings
{
    /// <summary>The environment, e.g. https://contoso.crm4.dynamics.com (the token's scope is its "/.default").</summary>
    public Uri? Url { get; init; }

    /// <summary>The Entra ID tenant of the app registration that is the environment's application user.</summary>
    public string? TenantId { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public Uri Authority { get; init; } = new("https://login.microsoftonline.com/");

    /// <summary>An account column holding the renewal date (e.g. new_renewaldate); none out of the box.</summary>
    public string? RenewalDateColumn { get; init; }

    /// <summary>
    /// account.customertypecode values and what they mean here. Out of the box 1 Competitor, 3 Customer, 5 Partner,
    /// 8 Prospect; organisations add their own (from 100000000), e.g. for former customers. Unlisted codes count as
    /// prospects, which raises no relationship finding.
    /// </summary>
    public Dictionary<string, string> Relationships { get; init; } = new()
    {
        ["1"] = "competitor",
        ["3"] = "customer",
        ["5"] = "partner",
        ["8"] = "prospect",
    };
}

/// <summary>Every tenant's CRM settings are checked at start; each problem is named by its configuration path.</summary>
internal sealed class CrmSettingsValidator : IValidateOptions<CrmSettings>
{
    public ValidateOptionsResult Validate(string? name, CrmSettings settings)
    {
        var failures = new List<string>();
        foreach (var (tenant, crm) in settings.Tenants)
        {
            var path = $"{CrmSettings.Section}:Tenants:{tenant}";
            if (!Guid.TryParse(tenant, out _))
                failures.Add($"{path}: the key must be an Entra ID tenant ID (a GUID).");
            if (crm.Kind == CrmKinds.BuiltIn)
                continue;
            if (crm.Kind != CrmKinds.Dataverse)
            {
                failures.Add($"{path}:Kind must be {CrmKinds.BuiltIn} or {CrmKinds.Dataverse}, not '{crm.Kind}'.");
                continue;
            }
            var dataverse = crm.Dataverse;
            if (dataverse?.Url is not { Scheme: "https" })
                failures.Add($"{path}:Dataverse:Url must be the environment's https address, e.g. https://contoso.crm4.dynamics.com.");
            if (!Guid.TryParse(dataverse?.TenantId, out _))
                failures.Add($"{path}:Dataverse:TenantId must be the tenant ID of the application user's app registration.");
            if (!Guid.TryParse(dataverse?.ClientId, out _))
                failures.Add($"{path}:Dataverse:ClientId must be the application (client) ID of that app registration.");
            if (string.IsNullOrWhiteSpace(dataverse?.ClientSecret))
                failures.Add($"{path}:Dataverse:ClientSecret is missing (keep it in a secret store, not in appsettings.json).");
            foreach (var (code, relationship) in dataverse?.Relationships ?? [])
            {
                if (!int.TryParse(code, out _) || !Relationships.TryParse(relationship, out _))
                    failures.Add($"{path}:Dataverse:Relationships:{code} must map a numeric customertypecode to customer, prospect, former-customer, partner or competitor.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
