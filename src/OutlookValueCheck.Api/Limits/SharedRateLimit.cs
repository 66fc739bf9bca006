using System.Globalization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Caching;
using StackExchange.Redis;

namespace OutlookValueCheck.Api.Limits;

/// <summary>
/// With several instances, the per-user limit counts in Redis (one counter per user and minute, INCR with an expiry),
/// so a user gets the same number of requests however the load balancer spreads them. It runs after each instance's
/// own limiter and before any work. If Redis cannot be asked within a moment the request goes on: each instance's own
/// limit still holds, and an unreachable cache must not turn sellers away.
/// </summary>
internal static partial class SharedRateLimit
{
    private static readonly TimeSpan RedisBudget = TimeSpan.FromMilliseconds(250);

    public static WebApplication UseSharedRateLimit(this WebApplication app)
    {
        if (app.Services.GetService<SharedRedis>() is not { } redis)
            return app;
        var settings = app.Services.GetRequiredService<IOptions<RateLimitSettings>>();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SharedRateLimit));
        app.Use(async (context, next) =>
        {
            var limited = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RateLimitSetup.PerUser;
            if (!limited || CallerIdentity.From(context.User) is not { } caller)
            {
                await next(context);
                return;
            }
            var now = clock.GetUtcNow();
            var window = now.ToUnixTimeSeconds() / 60;
            var key = $"{redis.KeyPrefix}rate:{caller.TenantId}/{caller.UserId}:{window.ToString(CultureInfo.InvariantCulture)}";
            long count;
            try
            {
                var database = await redis.DatabaseAsync().WaitAsync(RedisBudget);
                count = await database.StringIncrementAsync(key).WaitAsync(RedisBudget);
                if (count == 1)
                    _ = database.KeyExpireAsync(key, TimeSpan.FromSeconds(90), CommandFlags.FireAndForget);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                LogRedisUnavailable(logger, exception.Message);
                await next(context);
                return;
            }
            if (count <= settings.Value.RequestsPerMinutePerUser)
            {
                await next(context);
                return;
            }
            await RateLimitSetup.WriteTooManyRequestsAsync(context, 60 - (int)(now.ToUnixTimeSeconds() % 60));
        });
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared rate limit could not ask Redis ({Reason}); this instance's own limit applies.")]
    private static partial void LogRedisUnavailable(ILogger logger, string reason);
}
