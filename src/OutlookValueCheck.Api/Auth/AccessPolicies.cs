namespace OutlookValueCheck.Api.Auth;

/// <summary>Authorization policy names, claim values and the scope/role a caller needs.</summary>
internal static class AccessPolicies
{
    /// <summary>A seller calling from the add-in: the delegated scope access_as_user.</summary>
    public const string Seller = "Seller";

    /// <summary>A sales manager: the app role ValueCheck.PolicyManager.</summary>
    public const string PolicyManager = "PolicyManager";

    public const string SellerScope = "access_as_user";
    public const string PolicyManagerRole = "ValueCheck.PolicyManager";
}
