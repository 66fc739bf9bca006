using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Tests.Auth;

/// <summary>
/// The production token path: Microsoft.Identity.Web validates tokens against the fake Entra ID's metadata and keys,
/// so issuer, audience, lifetime, signature and algorithm are checked by the library itself.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class ProductionAuthenticationTests : ProductionServiceTests
{
    private const string ClientId = FakeEntraId.ApiClientId;
    private const string AppIdUri = "api://valuecheck.contoso.test";
    private static readonly object Draft = new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." };

    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("AzureAd:Audience", AppIdUri);

    private async Task<HttpStatusCode> CheckWith(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return (await client.PostAsJsonAsync("/api/v1/checks", Draft)).StatusCode;
    }

    [Theory]
    [InlineData(ClientId)]
    [InlineData(AppIdUri)]
    public async Task AnEntra_id_token_for_the_api_from_an_allowed_tenant_is_accepted(string audience) =>
        Assert.Equal(HttpStatusCode.OK, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, audience)));

    [Fact]
    public async Task A_token_for_another_audience_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, "api://someone-else")));

    [Fact]
    public async Task A_token_from_another_issuer_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, ClientId, issuer: "https://evil.example/" + ValueCheckApplication.TenantA + "/v2.0")));

    [Fact]
    public async Task A_tenant_not_on_the_allow_list_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(Entra.Token(ValueCheckApplication.TenantB, ClientId)));

    [Fact]
    public async Task An_expired_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, ClientId, expires: DateTime.UtcNow.AddMinutes(-10))));

    [Fact]
    public async Task A_token_signed_with_an_unpublished_key_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, ClientId, key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" })));

    [Fact]
    public async Task An_unsigned_alg_none_token_is_401()
    {
        var parts = Entra.Token(ValueCheckApplication.TenantA, ClientId).Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"test-key-1\"}");

        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith($"{header}.{parts[1]}."));
    }

    [Fact]
    public async Task A_token_without_the_seller_scope_is_403() =>
        Assert.Equal(HttpStatusCode.Forbidden, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, ClientId, scope: null, roles: ["ValueCheck.PolicyManager"])));

    [Fact]
    public async Task A_role_claim_as_dotnet_user_jwts_writes_it_gives_a_seller_no_manager_rights_outside_development()
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Entra.Token(ValueCheckApplication.TenantA, ClientId,
            claims: new Dictionary<string, object> { ["role"] = "ValueCheck.PolicyManager" }));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/addin/settings")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/policies/current")).StatusCode);
    }

    [Fact]
    public async Task A_tid_that_is_not_one_guid_string_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(Entra.Token(ValueCheckApplication.TenantA, ClientId,
            claims: new Dictionary<string, object> { ["tid"] = new[] { ValueCheckApplication.TenantA, ValueCheckApplication.TenantB } })));

    [Fact]
    public async Task A_development_token_is_401_outside_development()
    {
        // Signed the way dotnet user-jwts signs (HS256, its issuer) for this API's audience.
        var devToken = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dotnet-user-jwts",
            Audience = ClientId,
            Claims = new Dictionary<string, object> { ["tid"] = ValueCheckApplication.TenantA, ["oid"] = "x", ["scp"] = "access_as_user" },
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256),
        });

        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(devToken));
    }

    [Fact]
    public void Development_token_settings_stop_the_service_outside_development()
    {
        using var app = App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", "dotnet-user-jwts");
            builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        });

        var failure = Assert.ThrowsAny<InvalidOperationException>(() => app.CreateClient());
        Assert.Contains("Authentication:Schemes:Bearer", failure.Message, StringComparison.Ordinal);
        Assert.Contains("only allowed in the Development environment", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureAd:ClientId", "", "AzureAd:ClientId")]
    [InlineData("AzureAd:ClientId", "not-a-guid", "AzureAd:ClientId")]
    [InlineData("AzureAd:Instance", "http://login.example/", "AzureAd:Instance")]
    [InlineData("Access:AllowedTenants:0", "", "Access:AllowedTenants")]
    public void A_missing_or_wrong_setting_stops_the_service_naming_it(string key, string value, string named)
    {
        using var app = App.WithWebHostBuilder(builder => builder.UseSetting(key, value));

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
