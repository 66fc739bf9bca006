using Microsoft.Extensions.Http.Resilience;
using Polly;

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

        // One resilience pipeline per tenant (chosen by the tenant mark SellerGraph puts on each request), so one
        // tenant's throttling or outage opens only its own circuit. The Graph SDK's own retry handler is not used:
        // a client built on an HttpClient of ours gets no SDK middleware, so nothing retries twice.
        builder.Services.AddHttpClient(SellerGraph.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("graph", pipeline =>
            {
                pipeline.AddTimeout(TimeSpan.FromSeconds(10)); // the whole call, retries included
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                    // Graph's 429 and 503 say how long to wait; the check's own deadline still bounds the wait.
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(3)); // each attempt
            })
            .SelectPipelineBy(_ => request => TenantMark.Of(request) ?? "none");
        builder.Services.AddTransient<TenantMark.Remover>();
        // Kiota writes "%24select"; Graph's own pipeline turns that back into "$select" before sending, and so do we.
        builder.Services.AddHttpClient(SellerGraph.HttpClientName)
            .AddHttpMessageHandler<TenantMark.Remover>()
            .AddHttpMessageHandler(() => new Microsoft.Kiota.Http.HttpClientLibrary.Middleware.ParametersNameDecodingHandler());
        builder.Services.AddSingleton<SellerGraph>();
        builder.Services.AddSingleton<GraphMailbox>();
        return builder;
    }
}
