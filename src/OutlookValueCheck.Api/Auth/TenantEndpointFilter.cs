using OutlookValueCheck.Api.Storage;

namespace OutlookValueCheck.Api.Auth;

internal static class TenantEndpointFilter
{
    /// <summary>
    /// Scopes every request of the group to the caller's tenant (the token's tid) before the handler runs, so no
    /// handler can forget to; a token without tenant or user is refused with 403.
    /// </summary>
    public static RouteGroupBuilder RequireTenant(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            if (CallerIdentity.From(context.HttpContext.User) is not { } caller)
                return TypedResults.Problem("The token has no tenant (tid) or user (oid) claim.", statusCode: StatusCodes.Status403Forbidden);
            context.HttpContext.RequestServices.GetRequiredService<TenantScope>().Enter(caller.TenantId);
            return await next(context);
        });
}
