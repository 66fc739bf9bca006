using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace OutlookValueCheck.Api.Resilience;

internal static class ResilienceSetup
{
    /// <summary>
    /// A named HttpClient for a remote source of facts (Graph, a CRM) with one Polly pipeline per tenant, chosen by
    /// the <see cref="TenantMark"/> on each request, so one tenant's throttling or outage opens only its own circuit:
    /// a deadline for the whole call, retries with jittered back-off that wait what a 429 or 503 asks
    /// (Retry-After), a circuit breaker, and a timeout per attempt. The check's own lookup deadline still bounds it all,
    /// and a Retry-After longer than that deadline is not waited for (<see cref="RetryAfterLimit"/>).
    /// </summary>
    /// <param name="isAllowanceSpent">
    /// Whether a response says the source's allowance is used up for a long while (HubSpot's DAILY limit, Salesforce's
    /// TotalRequests): such an answer is not retried, and counts towards opening the tenant's circuit.
    /// </param>
    public static IHttpClientBuilder AddSourceClient(this IServiceCollection services, string name, Func<HttpResponseMessage, ValueTask<bool>>? isAllowanceSpent = null)
    {
        isAllowanceSpent ??= static _ => ValueTask.FromResult(false);
        services.TryAddTransient<TenantMark.Remover>();
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
                    ShouldHandle = async args => HttpClientResiliencePredicates.IsTransient(args.Outcome)
                        && !(args.Outcome.Result is { } response && await isAllowanceSpent(response)),
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 10,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = TimeSpan.FromSeconds(15),
                    ShouldHandle = async args => HttpClientResiliencePredicates.IsTransient(args.Outcome)
                        || args.Outcome.Exception is RetryAfterBeyondLimitException
                        || (args.Outcome.Result is { } response && await isAllowanceSpent(response)),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(3));
            })
            .SelectPipelineBy(_ => request => TenantMark.Of(request) ?? "none");
        client.AddHttpMessageHandler(services => new RetryAfterLimit.Handler(isAllowanceSpent, services.GetRequiredService<TimeProvider>()));
        client.AddHttpMessageHandler<TenantMark.Remover>();
        return client;
    }

    /// <summary>Reads an error body without consuming it: the connector reads it again to describe the error.</summary>
    public static async ValueTask<string> BodyOf(HttpResponseMessage response)
    {
        await response.Content.LoadIntoBufferAsync();
        return await response.Content.ReadAsStringAsync();
    }
}
