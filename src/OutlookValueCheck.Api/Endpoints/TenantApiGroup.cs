using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Limits;

namespace OutlookValueCheck.Api.Endpoints;

internal static class TenantApiGroup
{
    /// <summary>
    /// Every feature's endpoints sit in one of these: the caller needs <paramref name="policy"/>, is rate-limited per
    /// user before any work, and all storage access is scoped to the caller's tenant.
    /// </summary>
    public static RouteGroupBuilder MapTenantApi(this IEndpointRouteBuilder app, string prefix, string policy, string tag) =>
        app.MapGroup(prefix).RequireAuthorization(policy).RequireRateLimiting(RateLimitSetup.PerUser).RequireTenant().WithTags(tag);
}
