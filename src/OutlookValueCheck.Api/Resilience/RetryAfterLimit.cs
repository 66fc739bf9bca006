using System.Globalization;
using Microsoft.Extensions.Http.Resilience;

namespace OutlookValueCheck.Api.Resilience;

/// <summary>
/// The longest wait a source may ask for (Retry-After on a 429 or 503) and still be waited for: a check's lookup
/// deadline. A wait beyond it could only end after the check has given up on the source, so it is not waited for:
/// the call fails at once with <see cref="RetryAfterBeyondLimitException"/>, which the check names as the reason.
/// Marked on the per-call HttpClient like <see cref="TenantMark"/>; calls without the mark wait as the source asks.
/// </summary>
internal static class RetryAfterLimit
{
    private const string Header = "X-ValueCheck-Wait-Limit";

    public static void Set(HttpClient client, TimeSpan limit) =>
        client.DefaultRequestHeaders.Add(Header, ((long)limit.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));

    private static TimeSpan? Of(HttpRequestMessage request) =>
        request.Headers.TryGetValues(Header, out var values) && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? TimeSpan.FromMilliseconds(milliseconds)
            : null;

    /// <summary>
    /// Inside the resilience pipeline (one attempt): removes the mark before the request leaves and, when the answer is
    /// one the pipeline would retry after the Retry-After it names, and that is longer than the limit, fails the call
    /// instead (not retried: the exception is not a transient failure; counted by the circuit breaker).
    /// </summary>
    internal sealed class Handler(Func<HttpResponseMessage, ValueTask<bool>> isAllowanceSpent, TimeProvider clock) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var limit = Of(request);
            request.Headers.Remove(Header);
            var response = await base.SendAsync(request, cancellationToken);
            if (limit is not { } allowed || RetryAfterOf(response) is not { } asked || asked <= allowed || !WouldBeRetried(response) || await isAllowanceSpent(response))
                return response;
            response.Dispose();
            throw new RetryAfterBeyondLimitException(asked, allowed);
        }

        // The retry strategy's own test of an answer (ResilienceSetup).
        private static bool WouldBeRetried(HttpResponseMessage response) => HttpClientResiliencePredicates.IsTransient(Polly.Outcome.FromResult(response));

        private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - clock.GetUtcNow(),
            _ => null,
        };
    }
}

/// <summary>A source asked to be called again later than the check can wait for it.</summary>
internal sealed class RetryAfterBeyondLimitException(TimeSpan retryAfter, TimeSpan limit)
    : Exception($"The source asked to be retried after {retryAfter}, longer than the {limit} the lookup may wait.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public TimeSpan Limit { get; } = limit;
}
