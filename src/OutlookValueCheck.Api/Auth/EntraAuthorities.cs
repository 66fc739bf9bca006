namespace OutlookValueCheck.Api.Auth;

internal static class EntraAuthorities
{
    // Entra ID's public and national clouds, where MSAL's instance discovery applies; any other authority (a test
    // double, an Azure Stack) is used as configured.
    private static readonly HashSet<string> WellKnownHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "login.microsoftonline.com", "login.microsoftonline.us", "login.partner.microsoftonline.cn", "login.microsoft.com",
    };

    /// <summary>Whether Azure.Identity should skip instance discovery for this authority.</summary>
    public static bool SkipsDiscovery(Uri authority) => !WellKnownHosts.Contains(authority.Host);
}
