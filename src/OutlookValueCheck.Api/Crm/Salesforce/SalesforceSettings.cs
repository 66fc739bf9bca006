using RelationshipNames = OutlookValueCheck.Core.Recipients.Relationships;

namespace OutlookValueCheck.Api.Crm.Salesforce;

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

    /// <summary>Adds a problem per wrong setting, each named by its configuration path under <paramref name="path"/>.</summary>
    public static void Validate(string path, SalesforceSettings? salesforce, List<string> failures)
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
            if (!RelationshipNames.TryParse(relationship, out _))
                failures.Add($"{path}:Salesforce:Relationships:{type} must be customer, prospect, former-customer, partner or competitor.");
        }
    }
}
