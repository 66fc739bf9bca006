using System.Security.Cryptography;
using System.Text;
using OutlookValueCheck.Manifests;

namespace OutlookValueCheck.Api.AddIn;

/// <summary>What the add-in's script and task pane read about this deployment (web/src/shared/contract.ts).</summary>
internal sealed record AddInConfig(string ServiceOrigin, string Auth, string ClientId, string ApiScope)
{
    public static AddInConfig For(HttpRequest request, AddInOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        var deployment = DeploymentFor(request, options, configuration);
        var scope = string.IsNullOrWhiteSpace(options.ApiScope)
            ? deployment.ApplicationIdUri is { } uri ? $"{uri}/{OutlookValueCheck.Api.Auth.AccessPolicies.SellerScope}" : ""
            : options.ApiScope;
        return new AddInConfig(deployment.Origin, environment.IsDevelopment() ? "development" : "entra", deployment.ClientId ?? "", scope);
    }

    /// <summary>This service as a deployment of the add-in: its public origin, app ID and SSO app registration.</summary>
    public static DeploymentSettings DeploymentFor(HttpRequest request, AddInOptions options, IConfiguration configuration)
    {
        var origin = string.IsNullOrWhiteSpace(options.PublicBaseUrl) ? $"{request.Scheme}://{request.Host}" : options.PublicBaseUrl.TrimEnd('/');
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? configuration["AzureAd:ClientId"] : options.ClientId;
        return new DeploymentSettings
        {
            BaseUrl = new Uri(origin),
            // Without a configured ID the same origin always gets the same one, so a re-download is the same add-in.
            AppId = Guid.TryParse(options.AppId, out var appId) ? appId : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(origin)).AsSpan(0, 16)),
            ClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId,
        };
    }
}
