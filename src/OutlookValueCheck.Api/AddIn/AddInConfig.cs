namespace OutlookValueCheck.Api.AddIn;

/// <summary>What the add-in's script and task pane read about this deployment (web/src/shared/contract.ts).</summary>
internal sealed record AddInConfig(string ServiceOrigin, string Auth, string ClientId, string ApiScope)
{
    public static AddInConfig For(HttpRequest request, AddInOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        var origin = string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}"
            : options.PublicBaseUrl.TrimEnd('/');
        var clientId = string.IsNullOrWhiteSpace(options.ClientId) ? configuration["AzureAd:ClientId"] ?? "" : options.ClientId;
        var scope = string.IsNullOrWhiteSpace(options.ApiScope)
            ? clientId.Length > 0 ? $"api://{clientId}/{OutlookValueCheck.Api.Auth.AccessPolicies.SellerScope}" : ""
            : options.ApiScope;
        return new AddInConfig(origin, environment.IsDevelopment() ? "development" : "entra", clientId, scope);
    }
}
