namespace OutlookValueCheck.Api.Caching;

/// <summary>Whether the cache has a second level shared with other instances (Redis), which changes what may be kept in memory.</summary>
internal sealed record CacheLevels(bool Shared);
