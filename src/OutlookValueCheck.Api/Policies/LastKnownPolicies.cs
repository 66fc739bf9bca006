using System.Collections.Concurrent;

namespace OutlookValueCheck.Api.Policies;

/// <summary>
/// The policy document each tenant's checks last ran under, kept for as long as the process lives. When storage
/// is away and the cache has let the entry go, checks carry on under it (the seller is not left without an
/// answer, and a manager's fail mode and severities still hold) instead of failing.
/// </summary>
internal sealed class LastKnownPolicies(TimeProvider clock)
{
    /// <summary>After storage failed, it is not asked again for this long: every check would wait on it.</summary>
    public static readonly TimeSpan RetryStorageAfter = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private long _storageFailedAt = long.MinValue;

    public void Remember(string tenantId, string document)
    {
        // Same document as last time on nearly every check: compare before writing (by content: read from Redis,
        // each check's copy is a new string).
        if (!_documents.TryGetValue(tenantId, out var known) || !string.Equals(known, document, StringComparison.Ordinal))
            _documents[tenantId] = document;
    }

    public bool TryGet(string tenantId, out string document) => _documents.TryGetValue(tenantId, out document!);

    public void StorageFailed() => Interlocked.Exchange(ref _storageFailedAt, clock.GetTimestamp());

    /// <summary>True while storage failed less than <see cref="RetryStorageAfter"/> ago.</summary>
    public bool StorageRecentlyFailed
    {
        get
        {
            var failedAt = Interlocked.Read(ref _storageFailedAt);
            return failedAt != long.MinValue && clock.GetElapsedTime(failedAt) < RetryStorageAfter;
        }
    }
}
