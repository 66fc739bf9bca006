using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Crm.BuiltIn;
using OutlookValueCheck.Api.Storage;
using OutlookValueCheck.Core.Crm;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Api.Crm;

/// <summary>
/// The calling tenant's CRM: the connector named for the tenant in section "Crm", the built-in store when none is
/// (<see cref="BuiltInCrm"/>). Every address is looked up once and then served from the cache.
/// </summary>
internal sealed class TenantCrm(BuiltInCrm builtIn, TenantScope tenant, HybridCache cache, IOptionsMonitor<CrmSettings> settings,
    IEnumerable<ICrmConnector> connectors)
{
    private static readonly HybridCacheEntryOptions CacheFor = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    private string Tag => $"crm:{tenant.TenantId}";

    private TenantCrmSettings Settings => settings.CurrentValue.For(tenant.TenantId);

    /// <summary>The tenant's CRM connector (the settings are validated at start, so there is one for every kind).</summary>
    private ICrmConnector ConnectorFor(TenantCrmSettings crm) => connectors.Single(connector => connector.Kind == crm.Kind);

    /// <summary>How the facts' source is named next to them in the task pane.</summary>
    public string SourceName => ConnectorFor(Settings).SourceName;

    /// <summary>
    /// What the CRM knows of each address, in the order given. Each address is looked up once and then served from
    /// the cache (concurrent checks for the same cold address share one lookup); an import clears the tenant's entries.
    /// </summary>
    public async Task<CrmMatch[]> MatchesForAsync(IReadOnlyList<string> addresses, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var crm = Settings;
        var connector = ConnectorFor(crm);
        var tags = new[] { Tag };
        var matches = new CrmMatch[addresses.Count];
        // Several recipients are looked up at once, as many as the connector says its backend allows (one for the
        // built-in store's DbContext). The gate holds only lookups that miss the cache: addresses already known (most
        // of them, most of the time) are answered in place, without a trip through the thread pool.
        using var gate = new SemaphoreSlim(connector.MaxConcurrentLookups);
        List<(int Index, ValueTask<CrmMatch> Lookup)>? pending = null;
        for (var i = 0; i < addresses.Count; i++)
        {
            // One spelling per mailbox: the cache key, the built-in query and a remote CRM's query all use it.
            var lookup = MatchAsync(crm, connector, EmailAddresses.Normalise(addresses[i]), tags, gate, maxWait, cancellationToken);
            if (lookup.IsCompletedSuccessfully)
                matches[i] = lookup.Result;
            else
                (pending ??= []).Add((i, lookup));
        }
        // Every started lookup is awaited, even after one failed: none may outlive the gate or this request's DbContext.
        Exception? failure = null;
        foreach (var (index, lookup) in pending ?? [])
        {
            try
            {
                matches[index] = await lookup;
            }
#pragma warning disable CA1031 // Rethrown below, after the others have finished.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failure ??= exception;
            }
        }
        if (failure is not null)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return matches;
    }

    private async ValueTask<CrmMatch> MatchAsync(TenantCrmSettings crm, ICrmConnector connector, string address, string[] tags, SemaphoreSlim gate,
        TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var missed = false;
        var match = await cache.GetOrCreateAsync(
            $"crm:{tenant.TenantId}:{crm.Kind}:{address}",
            async token =>
            {
                missed = true;
                await gate.WaitAsync(token);
                try
                {
                    return await connector.LookUpAsync(tenant.TenantId, crm, address, maxWait, token);
                }
                finally
                {
                    gate.Release();
                }
            },
            CacheFor, tags, cancellationToken);
        Observability.ValueCheckTelemetry.CacheRequests.Add(1, new KeyValuePair<string, object?>("cache", "crm"), new KeyValuePair<string, object?>("result", missed ? "miss" : "hit"));
        return match;
    }

    /// <summary>The kind of CRM the calling tenant uses (BuiltIn, Dataverse, Salesforce, HubSpot), for metrics.</summary>
    public string Kind => Settings.Kind;

    /// <summary>Replaces the built-in CRM (all or nothing) and forgets what the cache holds of the tenant's CRM.</summary>
    public async Task ReplaceBuiltInAsync(CrmDirectory directory, CancellationToken cancellationToken)
    {
        await builtIn.ReplaceAsync(directory, cancellationToken);
        await cache.RemoveByTagAsync(Tag, CancellationToken.None);
    }
}
