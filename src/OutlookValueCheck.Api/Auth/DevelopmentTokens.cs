using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Auth;

/// <summary>
/// Development only: the service's own development token path, so the compose simulator (and a person trying the add-in
/// locally) gets a seller's token without running <c>dotnet user-jwts</c>. The key is made at start and lives only in
/// memory; tokens carry the same issuer and audience as user-jwts' and are validated by the same JwtBearer handler.
/// Never registered outside the Development environment (AuthenticationSetup decides on the environment).
/// </summary>
internal sealed class DevelopmentTokens(IConfiguration configuration)
{
    public const string SellerEmail = "joao.costa@contoso.com";
    public const string SellerObjectId = "11111111-1111-1111-1111-111111111111";

    public SecurityKey SigningKey { get; } = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "outlook-value-check-development" };

    public string Create(bool manager)
    {
        var bearer = configuration.GetSection(AuthenticationSetup.DevelopmentTokenSection);
        var audience = bearer.GetSection("ValidAudiences").Get<string[]>()?.FirstOrDefault() ?? "http://127.0.0.1:5080";
        var claims = new List<Claim>
        {
            new("sub", SellerObjectId),
            new("oid", SellerObjectId),
            new("tid", Crm.DemoCrm.DevelopmentTenant(configuration) ?? ""),
            new("preferred_username", SellerEmail),
            new("name", "João Costa"),
            new("scp", AccessPolicies.SellerScope),
        };
        if (manager)
            claims.Add(new Claim("roles", AccessPolicies.PolicyManagerRole));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = bearer["ValidIssuer"] ?? "dotnet-user-jwts",
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(8),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
