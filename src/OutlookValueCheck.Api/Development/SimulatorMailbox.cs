using System.Collections.Concurrent;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Outcomes;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// Development without Microsoft Graph: the compose simulator plays the seller's mailbox, and what it "sends"
/// lands here, so the whole loop (check, warning, send anyway, the report's outcome) can be tried and tested.
/// Kept in memory per seller, the last <see cref="Keep"/> messages each; gone when the service stops.
/// </summary>
internal sealed class SimulatorMailbox(TimeProvider clock) : ISentItems
{
    public const int Keep = 200;

    private readonly ConcurrentDictionary<(string Tenant, string User), List<SentMail>> _sent = new();

    public bool CanRead => true;

    public void Sent(CallerIdentity seller, string? subject, IReadOnlyList<string> recipients)
    {
        var list = _sent.GetOrAdd((seller.TenantId, seller.UserId), _ => []);
        lock (list)
        {
            list.Add(new SentMail(clock.GetUtcNow(), subject, recipients));
            if (list.Count > Keep)
                list.RemoveRange(0, list.Count - Keep);
        }
    }

    public Task<IReadOnlyList<SentMail>> SentSinceAsync(CallerIdentity seller, string? sellerToken, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (!_sent.TryGetValue((seller.TenantId, seller.UserId), out var list))
            return Task.FromResult<IReadOnlyList<SentMail>>([]);
        lock (list)
            return Task.FromResult<IReadOnlyList<SentMail>>([.. list.Where(message => message.SentAt >= since)]);
    }
}
