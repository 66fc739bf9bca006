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

/// <summary>Salesforce REST API, read as the integration user of an External Client App (OAuth client credentials).</summary>
internal sealed class SalesforceSettings
{
    /// <summary>The org's My Domain, e.g. https://fabrikam.my.salesforce.com (not login.salesforce.com).</summary>
    public Uri? Url { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string ApiVersion { get; init; } = "v66.0";

    /// <summary>An Account date field holding the renewal date (e.g. Renewal_Date__c); else the latest activated contract's end.</summary>
    public string? RenewalDateField { get; init; }

    /// <summary>Account.Type values and what they mean here; unlisted types count as prospects.</summary>
    public Dictionary<string, string> Relationships { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Prospect"] = "prospect",
        ["Customer - Direct"] = "customer",
        ["Customer - Channel"] = "customer",
        ["Channel Partner / Reseller"] = "partner",
        ["Installation Partner"] = "partner",
        ["Technology Partner"] = "partner",
    };
}

/// <summary>HubSpot CRM API v3, read with a private app's access token.</summary>
internal sealed class HubSpotSettings
{
    public Uri BaseUrl { get; init; } = new("https://api.hubapi.com/");

    /// <summary>The private app's access token (pat-…), with the crm.objects.contacts/companies/owners read scopes and tickets.</summary>
    public string? AccessToken { get; init; }

    /// <summary>A company property holding the renewal date (HubSpot has none out of the box).</summary>
    public string? RenewalDateProperty { get; init; }

    /// <summary>
    /// What a company's type or lifecycle stage means here, matched in that order (case-insensitive); unlisted values
    /// count as prospects. Add custom values, e.g. "former_customer": "former-customer".
    /// </summary>
    public Dictionary<string, string> Relationships { get; init; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["PARTNER"] = "partner",
        ["RESELLER"] = "partner",
        ["customer"] = "customer",
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
            switch (crm.Kind)
            {
                case CrmKinds.BuiltIn:
                    break;
                case CrmKinds.Dataverse:
                    ValidateDataverse(path, crm.Dataverse, failures);
                    break;
                case CrmKinds.Salesforce:
                    ValidateSalesforce(path, crm.Salesforce, failures);
                    break;
                case CrmKinds.HubSpot:
                    ValidateHubSpot(path, crm.HubSpot, failures);
                    break;
                default:
                    failures.Add($"{path}:Kind must be {CrmKinds.BuiltIn}, {CrmKinds.Dataverse}, {CrmKinds.Salesforce} or {CrmKinds.HubSpot}, not '{crm.Kind}'.");
                    break;
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateDataverse(string path, DataverseSettings? dataverse, List<string> failures)
    {
        if (dataverse?.Url is not { Scheme: "https" })
            failures.Add($"{path}:Dataverse:Url must be the environment's https address, e.g. https://contoso.crm4.dynamics.com.");
        if (!Guid.TryParse(dataverse?.TenantId, out _))
            failures.Add($"{path}:Dataverse:TenantId must be the tenant ID of the application user's app registration.");
        if (!Guid.TryParse(dataverse?.ClientId, out _))
            failures.Add($"{path}:Dataverse:ClientId must be the application (client) ID of that app registration.");
        if (string.IsNullOrWhiteSpace(dataverse?.ClientSecret))
            failures.Add($"{path}:Dataverse:ClientSecret is missing (keep it in a secret store, not in appsettings.json).");
        // The column goes into the query's $select: only a logical name is accepted.
        if (dataverse?.RenewalDateColumn is { Length: > 0 } column && !System.Text.RegularExpressions.Regex.IsMatch(column, @"^[A-Za-z_][A-Za-z0-9_]*$"))
            failures.Add($"{path}:Dataverse:RenewalDateColumn must be a column's logical name, e.g. new_renewaldate.");
        foreach (var (code, relationship) in dataverse?.Relationships ?? [])
        {
            if (!int.TryParse(code, out _) || !Relationships.TryParse(relationship, out _))
                failures.Add($"{path}:Dataverse:Relationships:{code} must map a numeric customertypecode to customer, prospect, former-customer, partner or competitor.");
        }
    }

    private static void ValidateSalesforce(string path, SalesforceSettings? salesforce, List<string> failures)
    {
        if (salesforce?.Url is not { Scheme: "https" })
            failures.Add($"{path}:Salesforce:Url must be the org's https My Domain address, e.g. https://fabrikam.my.salesforce.com.");
        if (string.IsNullOrWhiteSpace(salesforce?.ClientId))
            failures.Add($"{path}:Salesforce:ClientId is missing (the External Client App's consumer key).");
        if (string.IsNullOrWhiteSpace(salesforce?.ClientSecret))
            failures.Add($"{path}:Salesforce:ClientSecret is missing (keep it in a secret store, not in appsettings.json).");
        if (salesforce is not null && !System.Text.RegularExpressions.Regex.IsMatch(salesforce.ApiVersion, @"^v\d+\.\d$"))
            failures.Add($"{path}:Salesforce:ApiVersion must look like v66.0.");
        if (salesforce?.RenewalDateField is { Length: > 0 } field && !System.Text.RegularExpressions.Regex.IsMatch(field, @"^[A-Za-z][A-Za-z0-9_]*$"))
            failures.Add($"{path}:Salesforce:RenewalDateField must be an Account field's API name, e.g. Renewal_Date__c.");
        foreach (var (type, relationship) in salesforce?.Relationships ?? [])
        {
            if (!Relationships.TryParse(relationship, out _))
                failures.Add($"{path}:Salesforce:Relationships:{type} must be customer, prospect, former-customer, partner or competitor.");
        }
    }

    private static void ValidateHubSpot(string path, HubSpotSettings? hubSpot, List<string> failures)
    {
        if (hubSpot?.BaseUrl is not { Scheme: "https" })
            failures.Add($"{path}:HubSpot:BaseUrl must be an https address (default https://api.hubapi.com/).");
        if (string.IsNullOrWhiteSpace(hubSpot?.AccessToken))
            failures.Add($"{path}:HubSpot:AccessToken is missing (the private app's token; keep it in a secret store).");
        if (hubSpot?.RenewalDateProperty is { Length: > 0 } property && !System.Text.RegularExpressions.Regex.IsMatch(property, @"^[a-z0-9_]+$"))
            failures.Add($"{path}:HubSpot:RenewalDateProperty must be a property's internal name, e.g. renewal_date.");
        foreach (var (value, relationship) in hubSpot?.Relationships ?? [])
        {
            if (!Relationships.TryParse(relationship, out _))
                failures.Add($"{path}:HubSpot:Relationships:{value} must be customer, prospect, former-customer, partner or competitor.");
        }
    }
}
