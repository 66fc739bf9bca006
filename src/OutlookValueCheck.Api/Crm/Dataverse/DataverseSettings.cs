using RelationshipNames = OutlookValueCheck.Core.Recipients.Relationships;

namespace OutlookValueCheck.Api.Crm.Dataverse;

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

    /// <summary>Adds a problem per wrong setting, each named by its configuration path under <paramref name="path"/>.</summary>
    public static void Validate(string path, DataverseSettings? dataverse, List<string> failures)
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
            if (!int.TryParse(code, out _) || !RelationshipNames.TryParse(relationship, out _))
                failures.Add($"{path}:Dataverse:Relationships:{code} must map a numeric customertypecode to customer, prospect, former-customer, partner or competitor.");
        }
    }
}
