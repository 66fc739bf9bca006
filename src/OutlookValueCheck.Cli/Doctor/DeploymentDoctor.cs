using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;

namespace OutlookValueCheck.Cli.Doctor;

/// <summary>
/// Looks at a running deployment from the outside, as Outlook and a browser will: probes, readiness (storage, Graph,
/// cache), the add-in's configuration, its files and manifests, the well-known file classic Outlook needs, Entra ID's
/// sign-in metadata, and, given a seller's token, whether the service accepts it.
/// </summary>
internal sealed class DeploymentDoctor(HttpClient http)
{
    private const int HandlerBudgetBytes = 50 * 1024;

    public async Task<IReadOnlyList<DoctorFinding>> ExamineAsync(Uri service, string? token, Uri? authority, CancellationToken cancellationToken)
    {
        var findings = new List<DoctorFinding>();
        var origin = service.GetLeftPart(UriPartial.Authority);
        if (service.Scheme != Uri.UriSchemeHttps)
            findings.Add(service.IsLoopback
                ? new(DoctorStatus.Warning, $"{origin} is plain http.", "Fine on this machine; Outlook itself loads add-ins only over https.")
                : new(DoctorStatus.Problem, $"{origin} is plain http.", "Serve the service over https: Outlook loads add-ins only over https."));

        var alive = await GetAsync(new Uri(service, "/healthz"), null, cancellationToken);
        if (alive.Status != HttpStatusCode.OK)
        {
            findings.Add(new(DoctorStatus.Problem, $"The service does not answer at {origin}/healthz ({alive.Describe()}).",
                "Check that it runs, that the address is right, and that nothing in between (proxy, firewall) blocks it."));
            return findings;
        }
        findings.Add(new(DoctorStatus.Ok, $"The service answers at {origin}."));

        await ExamineReadinessAsync(service, findings, cancellationToken);
        var config = await ExamineAddInConfigAsync(service, origin, findings, cancellationToken);
        await ExamineAddInFilesAsync(service, origin, findings, cancellationToken);
        if (config is { Auth: "entra" })
            await ExamineSignInAsync(authority ?? new Uri("https://login.microsoftonline.com/organizations/"), findings, cancellationToken);
        if (token is not null)
            await ExamineTokenAsync(service, token, findings, cancellationToken);
        else
            findings.Add(new(DoctorStatus.Warning, "No --token given: whether the service accepts a seller's token was not checked.",
                "Pass a seller's access token for the API (for example from the add-in's task pane) with --token."));
        return findings;
    }

    private async Task ExamineReadinessAsync(Uri service, List<DoctorFinding> findings, CancellationToken cancellationToken)
    {
        var ready = await GetAsync(new Uri(service, "/readyz"), null, cancellationToken);
        var body = ready.Json;
        string Field(string name) => body is { } json && json.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        if (ready.Status == HttpStatusCode.OK)
            findings.Add(new(DoctorStatus.Ok, $"Storage answers ({Field("provider")})."));
        else
            findings.Add(new(DoctorStatus.Problem, $"The service is not ready: storage is {(Field("storage") is { Length: > 0 } storage ? storage : ready.Describe())}.",
                "Check ConnectionStrings:ValueCheckPostgres (or the SQLite file's folder) and that the database server is reachable from the service."));
        if (Field("graph") == "configured")
            findings.Add(new(DoctorStatus.Ok, "Microsoft Graph is configured (mail history and colleagues' domains are looked up)."));
        else if (body is not null)
            findings.Add(new(DoctorStatus.Warning, "Microsoft Graph is not configured: contact fatigue and internal domains from Graph are not checked.",
                "Set AzureAd:ClientSecret and grant the delegated Graph permissions (README, For IT)."));
        if (Field("cache") is { Length: > 0 } cache)
            findings.Add(new(DoctorStatus.Ok, $"Cache: {cache}."));
    }

    private async Task<AddInConfig?> ExamineAddInConfigAsync(Uri service, string origin, List<DoctorFinding> findings, CancellationToken cancellationToken)
    {
        var answer = await GetAsync(new Uri(service, "/addin/config.json"), null, cancellationToken);
        if (answer.Json is not { } json)
        {
            findings.Add(new(DoctorStatus.Problem, $"The add-in's configuration is missing ({answer.Describe()}).", "Deploy a build that includes the add-in (the service's build builds web/)."));
            return null;
        }
        var config = new AddInConfig(Text(json, "serviceOrigin"), Text(json, "auth"), Text(json, "clientId"), Text(json, "apiScope"));
        if (!string.Equals(config.ServiceOrigin, origin, StringComparison.OrdinalIgnoreCase))
            findings.Add(new(DoctorStatus.Problem, $"The add-in would call {config.ServiceOrigin}, not {origin}.",
                $"Set AddIn:PublicBaseUrl to {origin} (the address Outlook reaches the service at)."));
        else
            findings.Add(new(DoctorStatus.Ok, $"The add-in calls the service at {origin}."));
        if (config.Auth == "development")
            findings.Add(new(DoctorStatus.Warning, "The service runs in the Development environment (development tokens, the simulator).",
                "For real use set ASPNETCORE_ENVIRONMENT=Production and the AzureAd settings."));
        else if (config.ClientId.Length == 0 || config.ApiScope.Length == 0)
            findings.Add(new(DoctorStatus.Problem, "The add-in has no app registration to sign in with.", "Set AzureAd:ClientId (or AddIn:ClientId)."));
        else
            findings.Add(new(DoctorStatus.Ok, $"The add-in signs in with app {config.ClientId} for {config.ApiScope}."));
        return config;
    }

    private async Task ExamineAddInFilesAsync(Uri service, string origin, List<DoctorFinding> findings, CancellationToken cancellationToken)
    {
        var script = await GetAsync(new Uri(service, "/addin/events.js"), null, cancellationToken);
        if (script.Status != HttpStatusCode.OK)
            findings.Add(new(DoctorStatus.Problem, $"The Send handler's script is missing ({script.Describe()}).", "Deploy a build that includes the add-in (web/)."));
        else if (script.Body.Length > HandlerBudgetBytes)
            findings.Add(new(DoctorStatus.Warning, $"The Send handler's script is {script.Body.Length / 1024} KB; Outlook's 5-second count includes loading it."));
        else
            findings.Add(new(DoctorStatus.Ok, $"The Send handler's script is served ({script.Body.Length / 1024.0:0.0} KB)."));

        var allowed = await GetAsync(new Uri(service, "/.well-known/microsoft-officeaddins-allowed.json"), null, cancellationToken);
        var expected = $"{origin}/addin/events.js";
        if (allowed.Json is { } list && list.TryGetProperty("allowed", out var entries) && entries.EnumerateArray().Any(entry => entry.GetString() == expected))
            findings.Add(new(DoctorStatus.Ok, "Classic Outlook's well-known file lists the handler script (SSO from the Windows event runtime)."));
        else
            findings.Add(new(DoctorStatus.Problem, $"/.well-known/microsoft-officeaddins-allowed.json does not list {expected}.",
                "Set AddIn:PublicBaseUrl to the service's public https address."));

        var xml = await GetAsync(new Uri(service, "/addin/manifest.xml"), null, cancellationToken);
        try
        {
            var urls = XDocument.Parse(xml.Body).Descendants().SelectMany(element => element.Attributes())
                .Where(attribute => attribute.Name.LocalName == "DefaultValue" && attribute.Value.Contains("://", StringComparison.Ordinal))
                .Select(attribute => attribute.Value).ToList();
            var elsewhere = urls.Where(url => !url.StartsWith(origin + "/", StringComparison.OrdinalIgnoreCase)).ToList();
            if (urls.Count == 0 || elsewhere.Count > 0)
                findings.Add(new(DoctorStatus.Problem, $"The XML manifest points elsewhere ({string.Join(", ", elsewhere.Take(2))}).", "Set AddIn:PublicBaseUrl."));
            else if (!origin.StartsWith("https://", StringComparison.Ordinal))
                findings.Add(new(DoctorStatus.Warning, "The manifests point at an http address; Outlook will refuse them.", "Serve the service over https."));
            else
                findings.Add(new(DoctorStatus.Ok, "The manifests point at this service over https."));
        }
        catch (System.Xml.XmlException exception)
        {
            findings.Add(new(DoctorStatus.Problem, $"The XML manifest cannot be read ({exception.Message}).", "Deploy an unmodified build."));
        }
    }

    private async Task ExamineSignInAsync(Uri authority, List<DoctorFinding> findings, CancellationToken cancellationToken)
    {
        var metadata = await GetAsync(new Uri(authority, "v2.0/.well-known/openid-configuration"), null, cancellationToken);
        if (metadata.Json is { } json && json.TryGetProperty("jwks_uri", out _))
            findings.Add(new(DoctorStatus.Ok, $"Entra ID's sign-in metadata is reachable at {authority}."));
        else
            findings.Add(new(DoctorStatus.Problem, $"Entra ID's sign-in metadata is not reachable at {authority} ({metadata.Describe()}).",
                "The service must reach login.microsoftonline.com to validate tokens: check the outbound firewall or proxy."));
    }

    private async Task ExamineTokenAsync(Uri service, string token, List<DoctorFinding> findings, CancellationToken cancellationToken)
    {
        var answer = await GetAsync(new Uri(service, "/api/v1/addin/settings"), token, cancellationToken);
        findings.Add(answer.Status switch
        {
            HttpStatusCode.OK => new(DoctorStatus.Ok, "The service accepts the seller's token."),
            HttpStatusCode.Unauthorized => new(DoctorStatus.Problem, "The service refuses the token (401).",
                "Check that it is an access token for the API (audience AzureAd:ClientId or AzureAd:Audience), not expired, and from a tenant in Access:AllowedTenants."),
            HttpStatusCode.Forbidden => new(DoctorStatus.Problem, "The token is valid but lacks the access_as_user scope (403).",
                "Request the API's access_as_user scope in the add-in (AddIn:ApiScope)."),
            _ => new(DoctorStatus.Problem, $"The settings endpoint answered {answer.Describe()}."),
        });
    }

    private async Task<Answer> GetAsync(Uri url, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement? json = null;
            if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                try
                {
                    json = JsonDocument.Parse(body).RootElement.Clone();
                }
                catch (JsonException)
                {
                }
            }
            return new Answer(response.StatusCode, body, json, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new Answer(null, "", null, exception.Message);
        }
    }

    private static string Text(JsonElement json, string name) => json.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    private sealed record AddInConfig(string ServiceOrigin, string Auth, string ClientId, string ApiScope);

    private sealed record Answer(HttpStatusCode? Status, string Body, JsonElement? Json, string? Error)
    {
        public string Describe() => Error is not null ? $"unreachable: {Error}" : $"HTTP {(int)Status!.Value}";
    }
}
