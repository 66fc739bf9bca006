using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Development;

/// <summary>
/// ASP.NET Core hands the signing keys of <c>dotnet user-jwts</c> to the token validator as a lazy sequence over
/// configuration, so every request re-read the configuration and built new keys (each with a native HMAC handle for
/// the finalizer): about a tenth of a check's CPU under load. The keys are read once instead, and again only while
/// there are none, so the first <c>dotnet user-jwts create</c> after the service started still works. After
/// <c>dotnet user-jwts key --reset</c> restart the service. Development only: production keys come from Entra ID's
/// metadata, which Microsoft.IdentityModel caches itself. The service's own development key (<see cref="DevelopmentTokens"/>)
/// is always among them.
/// </summary>
internal static class DevelopmentSigningKeys
{
    public static void ReadOnce(TokenValidationParameters parameters, SecurityKey serviceKey)
    {
        var configured = parameters.IssuerSigningKeys ?? [];
        var keys = configured.Append(serviceKey).ToArray();
        parameters.IssuerSigningKeys = null;
        parameters.IssuerSigningKeyResolver = (_, _, _, _) =>
        {
            var known = Volatile.Read(ref keys);
            if (known.Length > 1)
                return known;
            var fresh = configured.Append(serviceKey).ToArray();
            Volatile.Write(ref keys, fresh);
            return fresh;
        };
    }
}
