using StackExchange.Redis;

namespace OutlookValueCheck.Api.Caching;

/// <summary>The Redis all instances share (when ConnectionStrings:Redis is set), and the key prefix of this deployment.</summary>
internal sealed class SharedRedis(Lazy<Task<IConnectionMultiplexer>> connection, string keyPrefix)
{
    public string KeyPrefix { get; } = keyPrefix;

    public async Task<IDatabase> DatabaseAsync() => (await connection.Value).GetDatabase();
}
