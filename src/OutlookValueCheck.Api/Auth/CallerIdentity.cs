using System.Security.Claims;

namespace OutlookValueCheck.Api.Auth;

/// <summary>Who is calling, from the validated token: the tenant (tid, lower case), the user's object id and mail address.</summary>
internal sealed record CallerIdentity(string TenantId, string UserId, string? Email, IReadOnlyList<string> Groups)
{
    // Entra ID v2 tokens carry short claim names; the long forms appear when claim mapping is left on.
    private const string TenantClaim = "tid";
    private const string LongTenantClaim = "http://schemas.microsoft.com/identity/claims/tenantid";
    private const string ObjectIdClaim = "oid";
    private const string LongObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";

    public static CallerIdentity? From(ClaimsPrincipal user)
    {
        // One walk over the claims (every request asks), keeping the first of each kind as FindFirst would.
        string? tenant = null, longTenant = null, objectId = null, longObjectId = null, subject = null, nameIdentifier = null;
        string? preferredUsername = null, upn = null, longUpn = null, longEmail = null, email = null;
        var groups = new List<string>();
        foreach (var identity in user.Identities)
        {
            foreach (var claim in identity.Claims)
            {
                switch (claim.Type)
                {
                    case TenantClaim: tenant ??= claim.Value; break;
                    case LongTenantClaim: longTenant ??= claim.Value; break;
                    case ObjectIdClaim: objectId ??= claim.Value; break;
                    case LongObjectIdClaim: longObjectId ??= claim.Value; break;
                    case "sub": subject ??= claim.Value; break;
                    case ClaimTypes.NameIdentifier: nameIdentifier ??= claim.Value; break;
                    case "preferred_username": preferredUsername ??= claim.Value; break;
                    case "upn": upn ??= claim.Value; break;
                    case ClaimTypes.Upn: longUpn ??= claim.Value; break;
                    case ClaimTypes.Email: longEmail ??= claim.Value; break;
                    case "email": email ??= claim.Value; break;
                    // With too many groups Entra ID leaves "groups" out (the "overage" case); SellerGroups then
                    // looks them up in Microsoft Graph.
                    case "groups": groups.Add(claim.Value); break;
                }
            }
        }
        var id = objectId ?? longObjectId ?? subject ?? nameIdentifier;
        // Authentication has refused a tid that is not one GUID; here it only takes its one stored form.
        if (!TenantIds.TryCanonical(tenant ?? longTenant, out var tenantId) || string.IsNullOrWhiteSpace(id))
            return null;
        var address = preferredUsername ?? upn ?? longUpn ?? longEmail ?? email;
        return new CallerIdentity(tenantId, id, address?.Contains('@', StringComparison.Ordinal) == true ? address.ToLowerInvariant() : null, groups);
    }
}
