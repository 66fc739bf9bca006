using System.Threading.Channels;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Decisions;

/// <summary>
/// Decisions waiting to be written. A check hands its decision over and answers the seller at once; the
/// <see cref="DecisionWriter"/> stores them in batches. The queue is bounded and makes checks wait when full, so
/// nothing is dropped under load.
/// </summary>
internal sealed class DecisionLog
{
    public const int Capacity = 10_000;

    private readonly Channel<DecisionRow> _queue = Channel.CreateBounded<DecisionRow>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    private long _added;
    private long _settled;

    public async ValueTask AddAsync(DecisionRow decision, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(decision, cancellationToken);
        Interlocked.Increment(ref _added);
    }

    internal ChannelReader<DecisionRow> Reader => _queue.Reader;

    /// <summary>Called by the writer for each decision it stored, or gave up on after retries (and reported).</summary>
    internal void Settled(int count) => Interlocked.Add(ref _settled, count);

    /// <summary>Waits until every decision added before the call has been written (or reported as failed).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _added);
        while (Interlocked.Read(ref _settled) < target)
            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
    }
}
