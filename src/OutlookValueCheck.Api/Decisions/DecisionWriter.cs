using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>
/// Stores queued decisions in batches, one transaction per tenant and batch, retrying with back-off. A batch that
/// still fails is logged with its size as an error: reported, never silently lost. On shutdown the queue is drained.
/// </summary>
internal sealed class DecisionWriter(DecisionLog log, IServiceScopeFactory scopes, ILogger<DecisionWriter> logger) : BackgroundService
{
    public const int MaxBatch = 500;
    private const int Attempts = 4;

    // Under load decisions trickle in a few at a time; gathering them for a moment turns hundreds of small
    // transactions (each opening a connection) into a few large ones. Nothing waits on a decision being stored.
    private static readonly TimeSpan GatherFor = TimeSpan.FromMilliseconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await log.Reader.WaitToReadAsync(stoppingToken))
            {
                if (log.Reader.Count < MaxBatch)
                    await Task.Delay(GatherFor, stoppingToken);
                await WriteBatchAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is queued is written below.
        }
        while (await WriteBatchAsync() > 0)
        {
        }
    }

    /// <summary>Writes up to <see cref="MaxBatch"/> queued decisions; returns how many it took.</summary>
    private async Task<int> WriteBatchAsync()
    {
        var batch = new List<DecisionRow>(Math.Min(MaxBatch, Math.Max(1, log.Reader.Count)));
        while (batch.Count < MaxBatch && log.Reader.TryRead(out var decision))
            batch.Add(decision);
        foreach (var tenant in batch.GroupBy(decision => decision.TenantId))
            await WriteTenantBatchAsync(tenant.Key, tenant.ToList(), CancellationToken.None);
        log.Settled(batch.Count);
        return batch.Count;
    }

    private async Task WriteTenantBatchAsync(string tenantId, List<DecisionRow> decisions, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId);
                var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
                await db.InsertAllAsync(decisions, cancellationToken);
                return;
            }
#pragma warning disable CA1031 // Any storage failure is retried, then reported; the writer must keep running.
            catch (Exception exception) when (attempt < Attempts)
#pragma warning restore CA1031
            {
                logger.LogWarning(exception, "Writing {Count} decisions failed (attempt {Attempt} of {Attempts}); retrying.", decisions.Count, attempt, Attempts);
                await Task.Delay(TimeSpan.FromMilliseconds(100 * Math.Pow(2, attempt)), cancellationToken);
            }
#pragma warning disable CA1031
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "{Count} decisions of tenant {Tenant} could not be stored after {Attempts} attempts.", decisions.Count, tenantId, Attempts);
                return;
            }
        }
    }
}
