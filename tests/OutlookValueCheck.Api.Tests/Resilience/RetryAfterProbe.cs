using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OutlookValueCheck.Api.Tests.Resilience;

/// <summary>
/// In front of a fake's routes (those under <paramref name="pathPrefix"/>): answers 429 with a Retry-After, either
/// once (the first request) or to every request, and notes when each request arrived, by the fake's own clock, so a
/// test can tell how long the service waited before it asked again.
/// </summary>
public sealed class RetryAfterProbe(string pathPrefix)
{
    /// <summary>One request as the fake saw it: what was asked (path and query) and when it arrived.</summary>
    public sealed record Arrival(string Target, long Timestamp, bool Throttled);

    /// <summary>The Retry-After the 429s carry, in whole seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Only the first request is throttled (a blip), or every request (a source that wants a long pause).</summary>
    public bool ThrottleEveryRequest { get; set; }

    /// <summary>What HubSpot, Graph and the rest put in a 429's body; the probe's is neutral.</summary>
    public string Body { get; set; } = """{"error":{"code":"TooManyRequests","message":"Slow down."}}""";

    public IReadOnlyList<Arrival> Arrivals => [.. _arrivals.OrderBy(arrival => arrival.Timestamp)];

    private readonly ConcurrentQueue<Arrival> _arrivals = new();
    private int _throttled;

    public void Map(WebApplication app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments(pathPrefix))
        {
            await next(context);
            return;
        }
        var arrived = Stopwatch.GetTimestamp();
        var throttle = ThrottleEveryRequest || Interlocked.Exchange(ref _throttled, 1) == 0;
        _arrivals.Enqueue(new Arrival(context.Request.Path + context.Request.QueryString, arrived, throttle));
        if (!throttle)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Body);
    });

    /// <summary>The throttled request and the next request for the same target: the retry.</summary>
    public (Arrival Throttled, Arrival Retry) FirstRetry()
    {
        var arrivals = Arrivals;
        var throttled = arrivals.First(arrival => arrival.Throttled);
        var retry = arrivals.FirstOrDefault(arrival => arrival.Timestamp > throttled.Timestamp && arrival.Target == throttled.Target);
        Assert.True(retry is not null, $"The throttled request ({throttled.Target}) was never asked again.");
        return (throttled, retry);
    }

    /// <summary>How often each target was asked.</summary>
    public Dictionary<string, int> RequestsPerTarget() =>
        Arrivals.GroupBy(arrival => arrival.Target).ToDictionary(group => group.Key, group => group.Count());

    public static TimeSpan Between(Arrival first, Arrival second) => Stopwatch.GetElapsedTime(first.Timestamp, second.Timestamp);
}
