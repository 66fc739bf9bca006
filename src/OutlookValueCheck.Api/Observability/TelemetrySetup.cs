using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OutlookValueCheck.Api.Observability;

internal static class TelemetrySetup
{
    /// <summary>
    /// OpenTelemetry traces (requests, outgoing calls to Graph and the CRMs, the service's own spans) and metrics
    /// (requests, checks per verdict, lookup latency per source, cache hits, Polly's resilience events such as a
    /// circuit opening). Collected and exported over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is configured (the standard
    /// OpenTelemetry settings apply: protocol, headers). Query strings of outgoing calls are redacted by the
    /// instrumentation, so CRM filters with addresses never leave in a span.
    /// </summary>
    public static WebApplicationBuilder AddValueCheckTelemetry(this WebApplicationBuilder builder)
    {
        // Without a collector nothing would leave the process: recording spans and metrics for no one costs every
        // request its share (the service's own instruments still serve any in-process listener, such as dotnet-counters).
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return builder;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("outlook-value-check"))
            .WithTracing(tracing => tracing
                .AddSource(ValueCheckTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ValueCheckTelemetry.Name, "Polly")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
