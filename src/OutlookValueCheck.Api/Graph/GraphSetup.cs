using OutlookValueCheck.Api.Resilience;

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

        // The Graph SDK's own retry handler is not used: a client built on an HttpClient of ours gets no SDK
        // middleware, so only the source client's pipeline retries. Kiota writes "%24select"; Graph's own pipeline
        // turns that back into "$select" before sending, and so do we.
        builder.Services.AddSourceClient(SellerGraph.HttpClientName)
            .AddHttpMessageHandler(() => new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.ParametersNameDecodingHandler());
        builder.Services.AddSingleton<SellerGraph>();
        builder.Services.AddSingleton<GraphMailbox>();
        builder.Services.AddSingleton<GraphGroups>();
        return builder;
    }
}
