using RelationshipNames = OutlookValueCheck.Core.Recipients.Relationships;

namespace OutlookValueCheck.Api.Crm.HubSpot;

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

    /// <summary>Adds a problem per wrong setting, each named by its configuration path under <paramref name="path"/>.</summary>
    public static void Validate(string path, HubSpotSettings? hubSpot, List<string> failures)
    {
        if (hubSpot?.BaseUrl is not { Scheme: "https" })
            failures.Add($"{path}:HubSpot:BaseUrl must be an https address (default https://api.hubapi.com/).");
        if (string.IsNullOrWhiteSpace(hubSpot?.AccessToken))
            failures.Add($"{path}:HubSpot:AccessToken is missing (the private app's token; keep it in a secret store).");
        if (hubSpot?.RenewalDateProperty is { Length: > 0 } property && !System.Text.RegularExpressions.Regex.IsMatch(property, @"^[a-z0-9_]+$"))
            failures.Add($"{path}:HubSpot:RenewalDateProperty must be a property's internal name, e.g. renewal_date.");
        foreach (var (value, relationship) in hubSpot?.Relationships ?? [])
        {
            if (!RelationshipNames.TryParse(relationship, out _))
                failures.Add($"{path}:HubSpot:Relationships:{value} must be customer, prospect, former-customer, partner or competitor.");
        }
    }
}
