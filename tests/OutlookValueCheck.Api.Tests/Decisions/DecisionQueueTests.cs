using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Tests.Decisions;

/// <summary>The queue between checks and the writer when storage has been away long enough to fill it.</summary>
public sealed class DecisionQueueTests
{
    [Fact]
    public async Task A_full_queue_drops_the_decision_and_counts_it_instead_of_holding_the_sellers_check()
    {
        var log = new DecisionLog(NullLogger<DecisionLog>.Instance);
        for (var i = 0; i < DecisionLog.Capacity; i++)
            await log.AddAsync(Row(), CancellationToken.None);
        long dropped = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, own) =>
        {
            if (instrument.Meter.Name == OutlookValueCheck.Api.Observability.ValueCheckTelemetry.Name && instrument.Name == "valuecheck.decisions.dropped")
                own.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref dropped, value));
        listener.Start();

        await log.AddAsync(Row(), CancellationToken.None);

        Assert.Equal(1, Interlocked.Read(ref dropped));
        Assert.Equal(DecisionLog.Capacity, log.Pending);
        Assert.False(await log.FlushAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }

    [Fact]
    public async Task A_flush_ends_when_the_writer_has_settled_what_was_added_before_it_and_not_sooner()
    {
        var log = new DecisionLog(NullLogger<DecisionLog>.Instance);
        await log.AddAsync(Row(), CancellationToken.None);
        await log.AddAsync(Row(), CancellationToken.None);

        var flush = log.FlushAsync(CancellationToken.None);
        log.Settled(1);
        Assert.False(flush.IsCompleted);
        await log.AddAsync(Row(), CancellationToken.None); // added after the flush began: not waited for
        log.Settled(1);

        await flush.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(log.FlushAsync(CancellationToken.None) is { IsCompleted: false });
        Assert.Equal(1, log.Pending);
    }

    [Fact]
    public async Task Room_made_by_the_writer_in_time_lets_the_decision_in()
    {
        var log = new DecisionLog(NullLogger<DecisionLog>.Instance);
        for (var i = 0; i < DecisionLog.Capacity; i++)
            await log.AddAsync(Row(), CancellationToken.None);

        var adding = log.AddAsync(Row(), CancellationToken.None).AsTask();
        Assert.True(log.Reader.TryRead(out _));
        log.Settled(1);
        await adding;

        Assert.Equal(DecisionLog.Capacity, log.Pending);
    }

    private static DecisionRow Row() => new()
    {
        TenantId = "t", CheckId = Guid.NewGuid(), SellerHash = "s", RecipientHashes = "r", Codes = "", Verdict = "ok", CheckedAt = DateTime.UtcNow,
    };
}
