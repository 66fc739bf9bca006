using System.Threading.Channels;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>
/// Decisions waiting to be written. A check hands its decision over and answers the seller at once; the
/// <see cref="DecisionWriter"/> stores them in batches. Under load a full queue makes checks wait a moment for the
/// writer; a queue still full after that means storage has been away for a while, and the decision is dropped and
/// reported (log and metric) rather than making every seller's send wait on the database.
/// </summary>
internal sealed class DecisionLog(ILogger<DecisionLog> logger)
{
    /// <summary>About 15 MB of rows: a minute of a busy tenant's checks while storage restarts.</summary>
    public const int Capacity = 50_000;

    private static readonly TimeSpan WaitForRoom = TimeSpan.FromSeconds(1);

    private readonly Channel<DecisionRow> _queue = Channel.CreateBounded<DecisionRow>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private long _added;
    private long _settled;
    private long _dropped;
    private readonly List<(long Target, TaskCompletionSource Done)> _flushes = [];

    public async ValueTask AddAsync(DecisionRow decision, CancellationToken cancellationToken)
    {
        if (!_queue.Writer.TryWrite(decision) && !await WithinAsync(WaitForRoom, token => _queue.Writer.WriteAsync(decision, token), cancellationToken))
        {
            var dropped = Interlocked.Increment(ref _dropped);
            Observability.ValueCheckTelemetry.DecisionsDropped.Add(1);
            // One line per thousand: an outage under load must not flood the log.
            if (dropped % 1000 == 1)
                logger.LogError("The decision queue is full ({Capacity} waiting for storage); {Dropped} decisions dropped so far.", Capacity, dropped);
            return;
        }
        Interlocked.Increment(ref _added);
    }

    internal ChannelReader<DecisionRow> Reader => _queue.Reader;

    /// <summary>Decisions handed over and not yet stored (or given up on).</summary>
    public long Pending => Interlocked.Read(ref _added) - Interlocked.Read(ref _settled);

    /// <summary>Called by the writer for each decision it stored, or gave up on after retries (and reported).</summary>
    internal void Settled(int count)
    {
        var settled = Interlocked.Add(ref _settled, count);
        lock (_flushes)
        {
            for (var i = _flushes.Count - 1; i >= 0; i--)
            {
                if (_flushes[i].Target > settled)
                    continue;
                _flushes[i].Done.TrySetResult();
                _flushes.RemoveAt(i);
            }
        }
    }

    /// <summary>Waits until every decision added before the call has been written (or reported as failed).</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _added);
        if (Interlocked.Read(ref _settled) >= target)
            return Task.CompletedTask;
        // Woken by the writer's Settled rather than polling it: a seller's answer waits only as long as the write.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushes)
        {
            if (Interlocked.Read(ref _settled) >= target)
                return Task.CompletedTask;
            _flushes.Add((target, done));
        }
        // A flush given up on stays listed until the writer passes its target; the writer always does, even on failure.
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>As <see cref="FlushAsync(CancellationToken)"/>, for at most <paramref name="limit"/>; false when time ran out.</summary>
    public Task<bool> FlushAsync(TimeSpan limit, CancellationToken cancellationToken) =>
        WithinAsync(limit, token => new ValueTask(FlushAsync(token)), cancellationToken);

    /// <summary>Runs <paramref name="work"/> for at most <paramref name="limit"/>; false when time ran out (the caller's own cancellation still throws).</summary>
    private static async Task<bool> WithinAsync(TimeSpan limit, Func<CancellationToken, ValueTask> work, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            await work(timeout.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
