namespace OutlookValueCheck.Api.Graph;

internal static class GraphSetup
{
    /// <summary>Graph on behalf of sellers, from the API's app registration (section AzureAd) and section Graph.</summary>
    public static WebApplicationBuilder AddValueCheckGraph(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<GraphSettings>()
            .BindConfiguration(GraphSettings.Section)
            .Configure<IConfiguration>((graph, configuration) =>
            {
                // Development tokens come from dotnet user-jwts, which Entra ID would not exchange.
                if (development)
                    return;
                var azureAd = configuration.GetSection("AzureAd");
                graph.Instance = Uri.TryCreate(azureAd["Instance"], UriKind.Absolute, out var instance) ? instance : null;
                graph.ClientId = azureAd["ClientId"];
                graph.ClientSecret = azureAd["ClientSecret"];
            })
            .Validate(graph => graph.BaseUrl.Scheme == Uri.UriSchemeHttps, "Graph:BaseUrl must be an https address, e.g. https://graph.microsoft.com/v1.0.")
            .ValidateOnStart();
        builder.Services.AddHttpClient(SellerGraph.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<SellerGraph>();
        return builder;
    }
}
