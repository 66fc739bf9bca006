using System.Collections.Concurrent;
using System.Threading.Channels;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Outcomes;

/// <summary>
/// Runs the Sent Items follow-up after the request that asked for it (a seller's check, the add-in's settings when a
/// compose window opens), off the seller's path and at most once per seller every <see cref="AtMostEvery"/>. The
/// service reads a mailbox only as the seller, with the token they just called with, so it follows up when they
/// call: what a seller sent anyway shows in reports after their next Send or new mail.
/// </summary>
internal sealed class FollowUpQueue(ISentItems sentItems, DecisionLog decisions, IServiceScopeFactory scopes, TimeProvider clock, ILogger<FollowUpQueue> logger)
    : BackgroundService
{
    public static readonly TimeSpan AtMostEvery = TimeSpan.FromMinutes(2);

    private const int Capacity = 1_000;

    // A full queue drops the request: the seller's next call asks again, and nothing depends on it meanwhile.
    private readonly Channel<(CallerIdentity Seller, string? Token)> _queue =
        Channel.CreateBounded<(CallerIdentity, string?)>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly ConcurrentDictionary<(string Tenant, string User), DateTimeOffset> _lastAsked = new();

    public void Request(CallerIdentity seller, string? sellerToken)
    {
        if (!sentItems.CanRead)
            return;
        var now = clock.GetUtcNow();
        var key = (seller.TenantId, seller.UserId);
        if (_lastAsked.TryGetValue(key, out var last) && now - last < AtMostEvery)
            return;
        _lastAsked[key] = now;
        if (_lastAsked.Count > 10 * Capacity)
        {
            foreach (var stale in _lastAsked.Where(entry => now - entry.Value >= AtMostEvery).Select(entry => entry.Key).ToList())
                _lastAsked.TryRemove(stale, out _);
        }
        _queue.Writer.TryWrite((seller, sellerToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (seller, token) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // The check that asked may still be queued for storage; it is one of those to follow up.
                await decisions.FlushAsync(TimeSpan.FromSeconds(3), stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(seller.TenantId);
                await scope.ServiceProvider.GetRequiredService<SentItemsFollowUp>().FollowUpAsync(seller, token, stoppingToken);
            }
#pragma warning disable CA1031 // A mailbox or storage that cannot be read now is read at the seller's next call; the queue keeps running.
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                logger.LogWarning("The Sent Items follow-up for a seller of tenant {Tenant} failed ({Reason}); it is tried again at their next call.",
                    seller.TenantId, exception.GetBaseException().Message);
            }
        }
    }
}
