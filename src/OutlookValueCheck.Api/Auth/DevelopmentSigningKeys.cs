using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Auth;

/// <summary>
/// ASP.NET Core hands the signing keys of <c>dotnet user-jwts</c> to the token validator as a lazy sequence over
/// configuration, so every request re-read the configuration and built new keys (each with a native HMAC handle for
/// the finalizer): about a tenth of a check's CPU under load. The keys are read once at start instead; after
/// <c>dotnet user-jwts key --reset</c> restart the service. Development only: production keys come from Entra ID's
/// metadata, which Microsoft.IdentityModel caches itself.
/// </summary>
internal static class DevelopmentSigningKeys
{
    public static void ReadOnce(TokenValidationParameters parameters)
    {
        if (parameters.IssuerSigningKeys is { } keys)
            parameters.IssuerSigningKeys = keys.ToArray();
    }
}
