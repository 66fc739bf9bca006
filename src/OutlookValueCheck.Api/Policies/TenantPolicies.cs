using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Api.Policies;

/// <summary>The calling tenant's policy: versions kept forever, the newest one in force.</summary>
internal sealed class TenantPolicies(Lazy<ValueCheckDbContext> database, TenantScope tenant, HybridCache cache, IMemoryCache compiled, TimeProvider clock,
    Caching.CacheLevels levels, LastKnownPolicies lastKnown, ILogger<TenantPolicies> logger)
{
    // Opened only on a cache miss or a write: most checks are served from the cache without a DbContext.
    private ValueCheckDbContext Db => database.Value;

    public const string DefaultDocument = "{}";

    private static readonly HybridCacheEntryOptions CacheFor = new() { Expiration = TimeSpan.FromMinutes(10), LocalCacheExpiration = TimeSpan.FromMinutes(10) };

    /// <summary>
    /// With several instances (Redis configured), the document is read from Redis on every check, never from this
    /// instance's memory: a save on any instance removes the Redis entry before it answers, so every instance's next
    /// check reads the new version (HybridCache has no way to tell other instances' memory). The compiled policy is
    /// still kept in memory, keyed by the document itself. A minute's expiry bounds how long a save that could not
    /// reach Redis (an outage) leaves another instance on the old version.
    /// </summary>
    private static readonly HybridCacheEntryOptions SharedCacheFor = new() { Expiration = TimeSpan.FromMinutes(1), Flags = HybridCacheEntryFlags.DisableLocalCache };

    private string CacheKey => $"policy:{tenant.TenantId}";

    /// <summary>The newest version, or version 0 (the documented defaults) when the tenant never saved one.</summary>
    public async Task<PolicyVersionRow> CurrentAsync(CancellationToken cancellationToken) =>
        await Db.PolicyVersions.AsNoTracking().OrderByDescending(row => row.Version).FirstOrDefaultAsync(cancellationToken) ?? Defaults;

    /// <summary>Version 0: the built-in defaults, in force until a manager saves, and always there to roll back to.</summary>
    public static PolicyVersionRow Defaults => new() { Version = 0, Document = DefaultDocument, ChangedBy = DefaultsAuthor, ChangedAt = DateTimeOffset.UnixEpoch };

    /// <summary>Who version 0 names as its author: nobody saved it.</summary>
    public const string DefaultsAuthor = "built-in defaults";

    /// <summary>
    /// The current version resolved for every team, compiled once per distinct document, from the cache (a save
    /// removes the entry, so the next check on any instance reads the new version).
    /// </summary>
    public async Task<PolicySet> CompiledAsync(CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(cancellationToken);
        // Parsing and validating a document costs more than a check: each distinct document is compiled once.
        return compiled.GetOrCreate(("policy-set", document), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return PolicyParser.Compile(document).Set ?? PolicySet.Default;
        })!;
    }

    /// <summary>
    /// The current document from the cache, else storage; while storage is away, the one this instance last ran
    /// the tenant's checks under (only a tenant this instance never served gets the outage as a 503).
    /// </summary>
    private async Task<string> DocumentAsync(CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        if (lastKnown.StorageRecentlyFailed && lastKnown.TryGet(tenantId, out var known))
            return known;
        try
        {
            var document = await cache.GetOrCreateAsync(CacheKey, async token => (await CurrentAsync(token)).Document,
                levels.Shared ? SharedCacheFor : CacheFor, cancellationToken: cancellationToken);
            lastKnown.Remember(tenantId, document);
            return document;
        }
        catch (Exception exception) when (StorageFailures.IsOutage(exception))
        {
            lastKnown.StorageFailed();
            if (!lastKnown.TryGet(tenantId, out known))
                throw;
            logger.LogWarning("Storage is unavailable ({Reason}); checks of tenant {Tenant} run under the policy last read.", exception.GetBaseException().Message, tenantId);
            return known;
        }
    }

    /// <summary>Every saved version, newest first, and version 0 (the defaults) last.</summary>
    public async Task<List<PolicyVersionRow>> HistoryAsync(CancellationToken cancellationToken) =>
        [.. await Db.PolicyVersions.AsNoTracking().OrderByDescending(row => row.Version).ToListAsync(cancellationToken), Defaults];

    public async Task<PolicyVersionRow?> VersionAsync(int version, CancellationToken cancellationToken) =>
        version == 0 ? Defaults : await Db.PolicyVersions.AsNoTracking().FirstOrDefaultAsync(row => row.Version == version, cancellationToken);

    /// <summary>
    /// Saves <paramref name="document"/> as the version after <paramref name="expectedVersion"/>; null when another
    /// save got there first (the caller answers 412). The unique (tenant, version) index decides races.
    /// </summary>
    public async Task<PolicyVersionRow?> SaveAsync(int expectedVersion, string document, string changedBy, int? rolledBackFrom, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(cancellationToken);
        if (current.Version != expectedVersion)
            return null;
        var row = new PolicyVersionRow
        {
            Version = expectedVersion + 1,
            Document = document,
            ChangedBy = changedBy,
            ChangedAt = clock.GetUtcNow(),
            RolledBackFrom = rolledBackFrom,
        };
        Db.PolicyVersions.Add(row);
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
            try
            {
                await cache.RemoveAsync(CacheKey, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The version is saved; a shared cache that cannot be told keeps the old one at most a minute.
                logger.LogWarning(exception, "The saved policy of tenant {Tenant} could not be removed from the shared cache; instances pick it up within a minute.", tenant.TenantId);
            }
            return row;
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            if ((await CurrentAsync(cancellationToken)).Version != expectedVersion)
                return null;
            throw;
        }
    }
}
