using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Crm.Dataverse;
using OutlookValueCheck.Api.Crm.HubSpot;
using OutlookValueCheck.Api.Crm.Salesforce;

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

    /// <summary>"BuiltIn" (default), "Dataverse", "Salesforce" or "HubSpot".</summary>
    public string Kind { get; init; } = CrmKinds.BuiltIn;

    public DataverseSettings? Dataverse { get; init; }

    public SalesforceSettings? Salesforce { get; init; }

    public HubSpotSettings? HubSpot { get; init; }
}

internal static class CrmKinds
{
    public const string BuiltIn = "BuiltIn";
    public const string Dataverse = "Dataverse";
    public const string Salesforce = "Salesforce";
    public const string HubSpot = "HubSpot";
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
            switch (crm.Kind)
            {
                case CrmKinds.BuiltIn:
                    break;
                case CrmKinds.Dataverse:
                    DataverseSettings.Validate(path, crm.Dataverse, failures);
                    break;
                case CrmKinds.Salesforce:
                    SalesforceSettings.Validate(path, crm.Salesforce, failures);
                    break;
                case CrmKinds.HubSpot:
                    HubSpotSettings.Validate(path, crm.HubSpot, failures);
                    break;
                default:
                    failures.Add($"{path}:Kind must be {CrmKinds.BuiltIn}, {CrmKinds.Dataverse}, {CrmKinds.Salesforce} or {CrmKinds.HubSpot}, not '{crm.Kind}'.");
                    break;
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
