using System.Security.Claims;

namespace OutlookValueCheck.Api.Auth;

/// <summary>Who is calling, from the validated token: the tenant (tid), the user's object id and mail address.</summary>
internal sealed record CallerIdentity(string TenantId, string UserId, string? Email, IReadOnlyList<string> Groups)
{
    // Entra ID v2 tokens carry short claim names; the long forms appear when claim mapping is left on.
    private const string TenantClaim = "tid";
    private const string LongTenantClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    private const string ObjectIdClaim = "oid";
    private const string LongObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static CallerIdentity? From(ClaimsPrincipal user)
    {
        var tenant = user.FindFirstValue(TenantClaim) ?? user.FindFirstValue(LongTenantClaim);
        var id = user.FindFirstValue(ObjectIdClaim) ?? user.FindFirstValue(LongObjectIdClaim)
            ?? user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(id))
            return null;
        var email = user.FindFirstValue("preferred_username") ?? user.FindFirstValue("upn")
            ?? user.FindFirstValue(ClaimTypes.Upn) ?? user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue("email");
        // With too many groups Entra ID leaves "groups" out (the "overage" case); they must then be looked up in
        // Microsoft Graph (issue 4). Until then such a seller gets the tenant policy.
        var groups = user.FindAll("groups").Select(claim => claim.Value).ToList();
        return new CallerIdentity(tenant, id, email?.Contains('@', StringComparison.Ordinal) == true ? email.ToLowerInvariant() : null, groups);
    }
}
