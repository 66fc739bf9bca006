using Microsoft.AspNetCore.Http.HttpResults;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Health;

internal static class HealthApi
{
    public static IServiceCollection AddValueCheckHealth(this IServiceCollection services) => services.AddSingleton<StorageProbe>();

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        // Probes for the hosting platform: they reveal nothing but up or down, so they need no token.
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" })).AllowAnonymous().WithTags("Health").WithName("Liveness");
        app.MapGet("/readyz", ReadyAsync).AllowAnonymous().WithTags("Health").WithName("Readiness");
        return app;
    }

    /// <summary>
    /// Ready when storage answers (asked at most every couple of seconds, see <see cref="StorageProbe"/>); also says
    /// which recipient sources are configured (none is required) and how many decisions wait to be stored (more than
    /// a handful for long means storage is struggling).
    /// </summary>
    private static async Task<Results<Ok<ReadyStatus>, JsonHttpResult<ReadyStatus>>> ReadyAsync(ValueCheckDbContext db, StorageProbe probe, SellerGraph graph,
        IConfiguration configuration, Decisions.DecisionLog decisions, CancellationToken cancellationToken)
    {
        var storage = await probe.StorageAnswersAsync(db, cancellationToken);
        var status = new ReadyStatus(storage ? "ready" : "not ready", storage ? "ok" : "unreachable", db.Database.ProviderName ?? "",
            graph.IsConfigured ? "configured" : "not configured", Caching.CachingSetup.LevelTwo(configuration), decisions.Pending);
        return storage ? TypedResults.Ok(status) : TypedResults.Json(status, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    internal sealed record ReadyStatus(string Status, string Storage, string Provider, string Graph, string Cache, long PendingDecisions);
}
