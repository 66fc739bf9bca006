using Microsoft.EntityFrameworkCore;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>
/// Stores queued decisions in batches, one transaction per tenant and batch. While storage is away (server down or
/// restarting) a batch is retried with back-off until it comes back, the queue holding what arrives meanwhile; any
/// other failure is retried a few times, then logged with its size as an error: reported, never silently lost. On
/// shutdown the queue is drained with a few attempts per batch.
/// </summary>
internal sealed class DecisionWriter(DecisionLog log, IServiceScopeFactory scopes, ILogger<DecisionWriter> logger) : BackgroundService
{
    public const int MaxBatch = 500;
    private const int Attempts = 4;
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

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
                await WriteBatchAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is queued is written below.
        }
        while (await WriteBatchAsync(stoppingToken) > 0)
        {
        }
    }

    /// <summary>Writes up to <see cref="MaxBatch"/> queued decisions; returns how many it took.</summary>
    /// <remarks>Once <paramref name="stopping"/> is set, an outage gets the same few attempts as any other failure.</remarks>
    private async Task<int> WriteBatchAsync(CancellationToken stopping)
    {
        var batch = new List<DecisionRow>(Math.Min(MaxBatch, Math.Max(1, log.Reader.Count)));
        while (batch.Count < MaxBatch && log.Reader.TryRead(out var decision))
            batch.Add(decision);
        foreach (var tenant in batch.GroupBy(decision => decision.TenantId))
            await WriteTenantBatchAsync(tenant.Key, tenant.ToList(), stopping);
        log.Settled(batch.Count);
        return batch.Count;
    }

    // Nothing here is cancelled, not even by the service stopping: a taken batch is stored or reported, never dropped.
    private async Task WriteTenantBatchAsync(string tenantId, List<DecisionRow> decisions, CancellationToken stopping)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(tenantId);
                var db = scope.ServiceProvider.GetRequiredService<ValueCheckDbContext>();
                // A connection lost while committing may have committed: a retry stores only what is not there yet.
                var toStore = attempt == 1 ? decisions : await NotYetStoredAsync(db, decisions, CancellationToken.None);
                await db.InsertAllAsync(toStore, CancellationToken.None);
                if (attempt > 1)
                    logger.LogInformation("Stored {Count} decisions after {Attempts} attempts; {Pending} still queued.", decisions.Count, attempt, log.Pending - decisions.Count);
                return;
            }
#pragma warning disable CA1031 // Any storage failure is retried, then reported; the writer must keep running.
            catch (Exception exception) when (attempt < Attempts || (StorageFailures.IsOutage(exception) && !stopping.IsCancellationRequested))
#pragma warning restore CA1031
            {
                var pause = TimeSpan.FromMilliseconds(Math.Min(LongestPause.TotalMilliseconds, 100 * Math.Pow(2, attempt)));
                logger.LogWarning("Writing {Count} decisions failed (attempt {Attempt}, {Reason}); {Pending} queued, retrying in {Pause} ms.",
                    decisions.Count, attempt, exception.GetBaseException().Message, log.Pending, pause.TotalMilliseconds);
                await Task.Delay(pause, CancellationToken.None);
            }
#pragma warning disable CA1031
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "{Count} decisions of tenant {Tenant} could not be stored after {Attempts} attempts.", decisions.Count, tenantId, attempt);
                return;
            }
        }
    }

    private static async Task<List<DecisionRow>> NotYetStoredAsync(ValueCheckDbContext db, List<DecisionRow> decisions, CancellationToken cancellationToken)
    {
        var ids = decisions.Select(decision => decision.CheckId).ToList();
        var stored = (await db.Decisions.AsNoTracking().Where(row => ids.Contains(row.CheckId)).Select(row => row.CheckId).ToListAsync(cancellationToken)).ToHashSet();
        return stored.Count == 0 ? decisions : decisions.Where(decision => !stored.Contains(decision.CheckId)).ToList();
    }
}
