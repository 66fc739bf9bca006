namespace OutlookValueCheck.Api.Graph;

/// <summary>
/// Microsoft Graph, called on behalf of the seller (OAuth 2.0 on-behalf-of) with the API's own app registration:
/// AzureAd:ClientId and AzureAd:ClientSecret. Without a client secret, or in Development, Graph is not used and what
/// it would add (group lookups when the token has none) is left out.
/// </summary>
internal sealed class GraphSettings
{
    public const string Section = "Graph";

    /// <summary>The Graph endpoint with its version; a national cloud has its own (https://graph.microsoft.us/v1.0).</summary>
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    /// <summary>Entra ID's sign-in host (AzureAd:Instance), e.g. https://login.microsoftonline.com/.</summary>
    public Uri? Instance { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public bool IsConfigured => Instance is not null && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}
