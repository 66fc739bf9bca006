using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OutlookValueCheck.Api.Auth;

namespace OutlookValueCheck.Api.Limits;

/// <summary>Section "RateLimits": how many requests one user may make per minute.</summary>
internal sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    [Range(1, 10_000_000, ErrorMessage = "RateLimits:RequestsPerMinutePerUser must be between 1 and 10000000.")]
    public int RequestsPerMinutePerUser { get; set; } = 120;
}

internal static class RateLimitSetup
{
    public const string PerUser = "per-user";

    /// <summary>
    /// A fixed window per user (tenant and object id from the token), applied before any work; a refused request gets
    /// 429 with Retry-After. Anonymous callers never reach the limited endpoints (they need a token).
    /// </summary>
    public static IServiceCollection AddValueCheckRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PerUser, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;
                var caller = CallerIdentity.From(context.User);
                var key = caller is null ? "anonymous" : $"{caller.TenantId}/{caller.UserId}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.RequestsPerMinutePerUser,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                await WriteTooManyRequestsAsync(context.HttpContext, (int)Math.Ceiling(retryAfter.TotalSeconds));
            };
        });
        return services;
    }

    /// <summary>429 with Retry-After and problem details: the same answer from this instance's limit and the shared one.</summary>
    public static Task WriteTooManyRequestsAsync(HttpContext context, int retryAfterSeconds)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = "Wait for the time in Retry-After, then try again." },
        }).AsTask();
    }
}
