using System.Security.Claims;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Endpoints;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Core.Policies;

namespace OutlookValueCheck.Api.AddIn;

/// <summary>
/// GET /api/v1/addin/settings: what the add-in needs before Send, fetched while the seller composes. A manager who
/// turns checks off (the day the service has an incident) makes the handler allow at once, without a check.
/// </summary>
internal static class AddInSettingsApi
{
    public static IEndpointRouteBuilder MapAddInSettings(this IEndpointRouteBuilder app)
    {
        var group = app.MapTenantApi("/api/v1/addin", AccessPolicies.Seller, "Add-in");
        group.MapGet("/settings", GetAsync).WithName("GetAddInSettings").WithSummary("Whether checks are on for this seller and whether Send fails open or closed.");
        return app;
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<AddInSettings>> GetAsync(
        ClaimsPrincipal user, HttpRequest http, SellerPolicy sellerPolicy, FollowUpQueue followUps, CancellationToken cancellationToken)
    {
        var caller = CallerIdentity.From(user)!;
        var sellerToken = BearerToken.Of(http);
        var policy = (await sellerPolicy.ForAsync(caller, sellerToken, cancellationToken)).Policy;
        // A compose window opening is a moment the service may read the seller's Sent Items: follow their checks up.
        followUps.Request(caller, sellerToken);
        return TypedResults.Ok(new AddInSettings(policy.ChecksEnabled, policy.FailMode));
    }
}

internal sealed record AddInSettings(bool ChecksEnabled, FailMode FailMode);
