using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace OutlookValueCheck.Api.Resilience;

internal static class ResilienceSetup
{
    /// <summary>
    /// A named HttpClient for a remote source of facts (Graph, a CRM) with one Polly pipeline per tenant, chosen by
    /// the <see cref="TenantMark"/> on each request, so one tenant's throttling or outage opens only its own circuit:
    /// a deadline for the whole call, retries with jittered back-off that wait what a 429 or 503 asks
    /// (Retry-After), a circuit breaker, and a timeout per attempt. The check's own lookup deadline still bounds it all.
    /// </summary>
    public static IHttpClientBuilder AddSourceClient(this IServiceCollection services, string name)
    {
        services.TryAddTransientRemover();
        var client = services.AddHttpClient(name, http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler(name, pipeline =>
            {
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(3));
            })
            .SelectPipelineBy(_ => request => TenantMark.Of(request) ?? "none");
        client.AddHttpMessageHandler<TenantMark.Remover>();
        return client;
    }

    private static void TryAddTransientRemover(this IServiceCollection services)
    {
        if (!services.Any(service => service.ServiceType == typeof(TenantMark.Remover)))
            services.AddTransient<TenantMark.Remover>();
    }
}
