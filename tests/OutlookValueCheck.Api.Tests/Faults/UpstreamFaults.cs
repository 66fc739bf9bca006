using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OutlookValueCheck.Api.Tests.Faults;

/// <summary>How a fake CRM or Graph misbehaves.</summary>
public enum UpstreamFault
{
    None,

    /// <summary>The connection is dropped before any answer.</summary>
    ConnectionReset,

    /// <summary>500 with an error body, on every request.</summary>
    ServerError,

    /// <summary>429 with Retry-After: 1 on every request: a storm, not a blip.</summary>
    ThrottleStorm,

    /// <summary>200 and the start of a JSON body at once, the rest never (the connection stays open).</summary>
    SlowBody,
}

/// <summary>
/// Puts one of the <see cref="UpstreamFault"/>s in front of a fake's routes (those under <paramref name="pathPrefix"/>),
/// at the HTTP level, so the service's real HttpClient, Polly pipeline and SDK meet it as they would in production.
/// </summary>
public sealed class UpstreamFaults(string pathPrefix)
{
    public UpstreamFault Fault { get; set; }

    public int Requests => _requests;

    private int _requests;

    public void Map(WebApplication app) => app.Use(async (context, next) =>
    {
        if (Fault == UpstreamFault.None || !context.Request.Path.StartsWithSegments(pathPrefix))
        {
            await next(context);
            return;
        }
        Interlocked.Increment(ref _requests);
        switch (Fault)
        {
            case UpstreamFault.ConnectionReset:
                context.Abort();
                return;
            case UpstreamFault.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "InternalError", message = "Something broke in this test." } });
                return;
            case UpstreamFault.ThrottleStorm:
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Slow down." } });
                return;
            case UpstreamFault.SlowBody:
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = 4096;
                await context.Response.WriteAsync("{\"value\":[", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                // Until the service gives up and closes the connection (or the fake stops).
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
                context.Abort();
                return;
        }
    });
}

/// <summary>What every fault must come to: the check answers, says which source is missing, and why.</summary>
public static class UpstreamFaultOutcome
{
    /// <summary>Every fault, for a theory per source.</summary>
    public static TheoryData<UpstreamFault> Each => new(Enum.GetValues<UpstreamFault>().Where(fault => fault != UpstreamFault.None));

    /// <summary>
    /// The reason the seller sees for each fault, under the default 1.5 s lookup deadline; a CRM names itself in
    /// what it answered (<paramref name="vendor"/>), Graph does not (the source already says "graph").
    /// </summary>
    public static string ReasonFor(UpstreamFault fault, string? vendor) => fault switch
    {
        UpstreamFault.ConnectionReset => "unreachable",
        UpstreamFault.ServerError => vendor is null ? "answered 500" : $"{vendor} answered 500",
        // Two retries that each wait the second Graph or the CRM asks for do not fit in the deadline.
        UpstreamFault.ThrottleStorm or UpstreamFault.SlowBody => "no answer within 1500 ms",
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };

    /// <summary>The check answered despite the fault that <paramref name="faults"/> put in front of the source, which was asked.</summary>
    public static async Task AssertCheckGoesOnAsync(HttpResponseMessage response, UpstreamFaults faults, string source, string? vendor = null)
    {
        var fault = faults.Fault;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var check = System.Text.Json.JsonDocument.Parse(text).RootElement;
        Assert.Contains(check.GetProperty("findings").EnumerateArray(), finding => finding.GetProperty("code").GetString() == "lookup-unavailable");
        var failure = Assert.Single(check.GetProperty("recipients")[0].GetProperty("lookupFailures").EnumerateArray());
        Assert.Equal(source, failure.GetProperty("source").GetString());
        Assert.Equal(ReasonFor(fault, vendor), failure.GetProperty("reason").GetString());
        Assert.True(faults.Requests > 0, $"The source behind the {fault} was never asked.");
    }
}
