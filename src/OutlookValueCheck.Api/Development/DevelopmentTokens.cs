using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutlookValueCheck.Api.Auth;

namespace OutlookValueCheck.Api.Development;

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
    public const string ManagerEmail = "maria.manager@contoso.com";
    public const string ManagerObjectId = "22222222-2222-2222-2222-222222222222";

    public SecurityKey SigningKey { get; } = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "outlook-value-check-development" };

    public string Create(bool manager)
    {
        var bearer = configuration.GetSection(AuthenticationSetup.DevelopmentTokenSection);
        var audience = bearer.GetSection("ValidAudiences").Get<string[]>()?.FirstOrDefault() ?? "http://127.0.0.1:5080";
        // The demo manager is another person than the demo seller, so the console's history and the reports name
        // who did what: a manager's token is not the seller's with a role added.
        var (email, objectId, name) = manager ? (ManagerEmail, ManagerObjectId, "Maria Lind") : (SellerEmail, SellerObjectId, "João Costa");
        var claims = new List<Claim>
        {
            new("sub", objectId),
            new("oid", objectId),
            new("tid", DemoCrm.DevelopmentTenant(configuration) ?? ""),
            new("preferred_username", email),
            new("name", name),
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
