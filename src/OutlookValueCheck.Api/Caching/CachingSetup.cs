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
        services.AddMemoryCache(memory => memory.SizeLimit = 10_000);
        var redis = configuration.GetConnectionString(RedisConnectionName);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            services.AddStackExchangeRedisCache(options =>
            {
                options.Configuration = redis;
                options.InstanceName = configuration["Cache:KeyPrefix"] ?? "valuecheck:";
            });
        }
        return services;
    }

    public static string LevelTwo(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString(RedisConnectionName)) ? "memory only" : "memory and Redis";
}
