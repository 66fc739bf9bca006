using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace OutlookValueCheck.Api.Observability;

/// <summary>
/// The service's own traces and metrics. Tags carry verdicts, sources and outcomes, never an address, a subject or a
/// body. Exported over OTLP when an endpoint is configured (see TelemetrySetup).
/// </summary>
internal static class ValueCheckTelemetry
{
    public const string Name = "OutlookValueCheck";

    public static readonly ActivitySource Activities = new(Name);
    private static readonly Meter Meter = new(Name);

    /// <summary>Checks answered, by verdict (ok, warn, block).</summary>
    public static readonly Counter<long> Checks = Meter.CreateCounter<long>("valuecheck.checks", unit: "{check}", description: "Checks answered, by verdict.");

    /// <summary>How long a fact source took within a check, by source (crm:&lt;kind&gt;, graph) and outcome (ok, timeout, failed).</summary>
    public static readonly Histogram<double> LookupDuration = Meter.CreateHistogram<double>("valuecheck.lookup.duration", unit: "ms",
        description: "Time a recipient fact source took during a check, by source and outcome.");

    /// <summary>Cache requests for recipient facts, by cache (crm) and result (hit, miss): the hit ratio.</summary>
    public static readonly Counter<long> CacheRequests = Meter.CreateCounter<long>("valuecheck.cache.requests", unit: "{request}",
        description: "Recipient fact cache requests, by cache and result.");

    /// <summary>Decisions dropped because the queue stayed full while storage was away (each one also logged in bulk).</summary>
    public static readonly Counter<long> DecisionsDropped = Meter.CreateCounter<long>("valuecheck.decisions.dropped", unit: "{decision}",
        description: "Decisions dropped because storage was away long enough to fill the queue.");
}
