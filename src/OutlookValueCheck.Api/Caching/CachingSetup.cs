using StackExchange.Redis;

namespace OutlookValueCheck.Api.Caching;

internal static class CachingSetup
{
    public const string RedisConnectionName = "Redis";

    /// <summary>
    /// HybridCache: memory in each instance, and Redis as a second level shared by all instances when
    /// ConnectionStrings:Redis is set (HybridCache uses any registered distributed cache). Keys are prefixed with
    /// Cache:KeyPrefix (default "valuecheck:") so several deployments can share one Redis.
    /// </summary>
    public static IServiceCollection AddValueCheckCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHybridCache();
        services.AddSingleton(new CacheLevels(!string.IsNullOrWhiteSpace(configuration.GetConnectionString(RedisConnectionName))));
        services.AddMemoryCache(memory => memory.SizeLimit = 10_000);
        var redis = configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            // One connection for the cache and the shared rate limit; it reconnects by itself, and an instance
            // starts (and keeps answering from memory) while Redis is down.
            var connection = new Lazy<Task<IConnectionMultiplexer>>(async () =>
            {
                var options = ConfigurationOptions.Parse(redis);
                options.AbortOnConnectFail = false;
                // A cache that answers late is worse than none: the add-in lets mail go after 3 s in all. Unless the
                // connection string says otherwise, a Redis call gets half a second.
                if (!redis.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
                    options.AsyncTimeout = 500;
                if (!redis.Contains("syncTimeout", StringComparison.OrdinalIgnoreCase))
                    options.SyncTimeout = 500;
                return await ConnectionMultiplexer.ConnectAsync(options);
            });
            services.AddSingleton(new SharedRedis(connection, KeyPrefix(configuration)));
            services.AddStackExchangeRedisCache(options =>
            {
                options.ConnectionMultiplexerFactory = () => connection.Value;
                options.InstanceName = KeyPrefix(configuration);
            });
        }
        return services;
    }

    public static string KeyPrefix(IConfiguration configuration) => configuration["Cache:KeyPrefix"] ?? "valuecheck:";

    public static string LevelTwo(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString(RedisConnectionName)) ? "memory only" : "memory and Redis";
}
