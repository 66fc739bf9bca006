namespace OutlookValueCheck.Manifests;

/// <summary>What differs between deployments of the add-in: where it is served, its IDs, its SSO app registration.</summary>
public sealed record DeploymentSettings
{
    /// <summary>The https origin the service (and so the add-in's files) is reached at.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The unified manifest's app ID (a GUID the organisation keeps for this add-in).</summary>
    public required Guid AppId { get; init; }

    /// <summary>The add-in's Entra app registration for single sign-on; none: no SSO section in the manifests.</summary>
    public string? ClientId { get; init; }

    public string Origin => BaseUrl.GetLeftPart(UriPartial.Authority);

    /// <summary>The application ID URI Office's legacy SSO requires: api://{host}/{client id}.</summary>
    public string? ApplicationIdUri => ClientId is null ? null : $"api://{BaseUrl.Authority}/{ClientId}";

    /// <summary>
    /// Checks the settings and names what is wrong, in the words of the command-line options.
    /// </summary>
    public static IReadOnlyList<string> Problems(string? baseUrl, string? appId, string? clientId)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(baseUrl))
            problems.Add("--base-url is required (the https address the service is reached at, e.g. https://valuecheck.contoso.com).");
        else if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            problems.Add($"--base-url must be an https address such as https://valuecheck.contoso.com; '{baseUrl}' is not (Outlook loads add-ins only over https).");
        else if (url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0)
            problems.Add($"--base-url must be an origin without a path, query or fragment (the add-in lives under /addin/ there); '{baseUrl}' has one.");
        if (string.IsNullOrWhiteSpace(appId))
            problems.Add("--app-id is required (a GUID that stays the same for every update of this add-in, e.g. from `uuidgen`).");
        else if (!Guid.TryParse(appId, out _))
            problems.Add($"--app-id must be a GUID; '{appId}' is not.");
        if (clientId is not null && !Guid.TryParse(clientId, out _))
            problems.Add($"--client-id must be the add-in's app registration (client) ID, a GUID; '{clientId}' is not.");
        return problems;
    }
}
