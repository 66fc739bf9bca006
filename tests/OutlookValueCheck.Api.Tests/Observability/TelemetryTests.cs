using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OutlookValueCheck.Api.Tests.Observability;

/// <summary>
/// The service's metrics, its OTLP export to a collector (a fake one on 127.0.0.1 that keeps what it receives), and
/// its logs: none of them carries an address, a subject or a body.
/// </summary>
public sealed class TelemetryTests : IAsyncLifetime, IDisposable
{
    private const string Address = "telemetry.probe@adatum.example";
    private const string Subject = "Quarterly numbers for telemetry probe";
    private const string Body = "Just checking in about the telemetry probe numbers!";
    private readonly ConcurrentQueue<(string Path, byte[] Payload)> _received = new();
    private readonly ConcurrentQueue<string> _logs = new();
    private WebApplication _collector = null!;
    private Instance _service = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _collector = builder.Build();
        _collector.MapPost("/{**path}", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            _received.Enqueue((request.Path, buffer.ToArray()));
            return Results.Ok();
        });
        await _collector.StartAsync();
        _service = new Instance(_collector.Urls.Single(), _logs);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _collector.DisposeAsync();
    }

    public void Dispose() => _service.Dispose();

    private async Task CheckAsync()
    {
        var response = await _service.SellerClient().PostAsJsonAsync("/api/v1/checks", new { to = new[] { Address }, subject = Subject, body = Body, bodyFormat = "text" });
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_check_is_counted_by_verdict_and_its_lookups_are_timed_per_source()
    {
        var measurements = new ConcurrentQueue<(string Instrument, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meter) =>
        {
            if (instrument.Meter.Name == "OutlookValueCheck")
                meter.EnableMeasurementEvents(instrument);
        };
        void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state) =>
            measurements.Enqueue((instrument.Name, tags.ToArray().ToDictionary(tag => tag.Key, tag => tag.Value)));
        listener.SetMeasurementEventCallback<long>(Record);
        listener.SetMeasurementEventCallback<double>(Record);
        listener.Start();

        await CheckAsync();
        await CheckAsync();

        Assert.Contains(measurements, m => m.Instrument == "valuecheck.checks" && (string?)m.Tags["verdict"] == "warn");
        Assert.Contains(measurements, m => m.Instrument == "valuecheck.lookup.duration" && (string?)m.Tags["source"] == "crm:BuiltIn" && (string?)m.Tags["outcome"] == "ok");
        Assert.Contains(measurements, m => m.Instrument == "valuecheck.cache.requests" && (string?)m.Tags["result"] == "miss");
        Assert.Contains(measurements, m => m.Instrument == "valuecheck.cache.requests" && (string?)m.Tags["result"] == "hit");
        Assert.DoesNotContain(measurements, m => m.Tags.Values.Any(value => value?.ToString()?.Contains('@', StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Traces_and_metrics_reach_the_configured_otlp_collector_without_mail_or_addresses()
    {
        await CheckAsync();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline && !(_received.Any(r => r.Path == "/v1/traces" && Contains(r.Payload, "/api/v1/checks")) && _received.Any(r => r.Path == "/v1/metrics" && Contains(r.Payload, "valuecheck.checks"))))
            await Task.Delay(100);

        Assert.Contains(_received, r => r.Path == "/v1/traces" && Contains(r.Payload, "outlook-value-check"));
        Assert.Contains(_received, r => r.Path == "/v1/metrics" && Contains(r.Payload, "valuecheck.checks"));
        Assert.DoesNotContain(_received, r => Contains(r.Payload, Address) || Contains(r.Payload, "adatum.example") || Contains(r.Payload, "telemetry probe"));
    }

    [Fact]
    public async Task Logs_carry_no_address_subject_or_body()
    {
        await CheckAsync();
        await _service.FlushDecisionsAsync();

        Assert.NotEmpty(_logs); // the capture works: the service logs at start
        Assert.DoesNotContain(_logs, line => line.Contains("adatum.example", StringComparison.OrdinalIgnoreCase) || line.Contains("telemetry probe", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Contains(byte[] payload, string text) => payload.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private sealed class Instance(string collector, ConcurrentQueue<string> logs) : ValueCheckApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector);
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
            builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "300");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new CapturingLoggerProvider(logs)));
        }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
