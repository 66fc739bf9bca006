using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Health;

internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Probes for the hosting platform: they reveal nothing but up or down, so they need no token.
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" })).AllowAnonymous().WithTags("Health").WithName("Liveness");
        app.MapGet("/readyz", ReadyAsync).AllowAnonymous().WithTags("Health").WithName("Readiness");
        return app;
    }

    /// <summary>
    /// Ready when storage answers; also says which recipient sources are configured (none is required) and how many
    /// decisions wait to be stored (more than a handful for long means storage is struggling).
    /// </summary>
    private static async Task<Results<Ok<ReadyStatus>, JsonHttpResult<ReadyStatus>>> ReadyAsync(ValueCheckDbContext db, SellerGraph graph, IConfiguration configuration,
        Decisions.DecisionLog decisions, CancellationToken cancellationToken)
    {
        var storage = await StorageAnswersAsync(db, cancellationToken);
        var status = new ReadyStatus(storage ? "ready" : "not ready", storage ? "ok" : "unreachable", db.Database.ProviderName ?? "",
            graph.IsConfigured ? "configured" : "not configured", Caching.CachingSetup.LevelTwo(configuration), decisions.Pending);
        return storage ? TypedResults.Ok(status) : TypedResults.Json(status, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// A real round trip, not just an open: a pooled connection to a server that has restarted opens fine and fails
    /// on first use, and readiness must say what the next request will meet.
    /// </summary>
    private static async Task<bool> StorageAnswersAsync(ValueCheckDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException || StorageFailures.IsOutage(exception))
        {
            return false;
        }
    }

    internal sealed record ReadyStatus(string Status, string Storage, string Provider, string Graph, string Cache, long PendingDecisions);
}
