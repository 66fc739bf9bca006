using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>
/// Tokens and identities: the development token path against DNS rebinding, tenant IDs in one canonical form
/// whatever case a token writes them in, tenant claims that are not one GUID, and the manager token that
/// <c>dotnet user-jwts create --role</c> writes.
/// </summary>
public sealed class TokenAbuseTests(TokenAbuseTests.KeyHoldingApplication app) : IClassFixture<TokenAbuseTests.KeyHoldingApplication>
{
    /// <summary>The service in Development, callers on loopback, and the signing key at hand to mint any payload.</summary>
    public sealed class KeyHoldingApplication : ValueCheckApplication
    {
        private readonly byte[] _signingKey;

        public KeyHoldingApplication()
            : this(RandomNumberGenerator.GetBytes(32))
        {
        }

        private KeyHoldingApplication(byte[] signingKey)
            : base(signingKey) => _signingKey = signingKey;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Development:TenantId", TenantA);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackCaller>());
        }

        /// <summary>A token with exactly these claims (besides issuer, audience and lifetime), signed as the tests sign.</summary>
        public string MintWith(Dictionary<string, object> claims) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(_signingKey), SecurityAlgorithms.HmacSha256),
        });

        private sealed class LoopbackCaller : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
            {
                builder.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = IPAddress.Loopback;
                    return nextMiddleware(context);
                });
                next(builder);
            };
        }
    }

    private static readonly object Draft = new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." };

    [Theory]
    [InlineData("rebind.attacker.example")]
    [InlineData("rebind.attacker.example:5080")]
    [InlineData("127.0.0.1.nip.example")]
    [InlineData("localhost.attacker.example")]
    public async Task The_development_token_path_answers_no_page_whose_host_is_not_loopback(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/token?role=manager");
        request.Headers.Host = host;

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("token", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LocalHost:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("127.0.0.2")]
    [InlineData("[::1]:5080")]
    public async Task The_development_token_path_answers_a_loopback_host(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/token");
        request.Headers.Host = host;

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
    }

    [Fact]
    public async Task An_upper_case_tenant_id_is_the_same_rate_bucket_as_the_lower_case_one()
    {
        using var limited = app.WithWebHostBuilder(builder => builder.UseSetting("RateLimits:RequestsPerMinutePerUser", "3"));
        var user = Guid.NewGuid().ToString();
        var statuses = new List<HttpStatusCode>();
        foreach (var tenant in new[] { ValueCheckApplication.TenantA, ValueCheckApplication.TenantA.ToUpperInvariant(), ValueCheckApplication.TenantA, ValueCheckApplication.TenantA.ToUpperInvariant() })
        {
            var client = limited.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", app.MintWith(new() { ["tid"] = tenant, ["oid"] = user, ["scp"] = "access_as_user" }));
            statuses.Add((await client.PostAsJsonAsync("/api/v1/checks", Draft)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public static TheoryData<string, object> NotOneGuid() => new()
    {
        { "two tenants in an array", new[] { ValueCheckApplication.TenantA, ValueCheckApplication.TenantB } },
        { "one tenant in an array", new[] { ValueCheckApplication.TenantA } },
        { "the tenant twice", new[] { ValueCheckApplication.TenantA, ValueCheckApplication.TenantA } },
        { "a GUID in braces", "{" + ValueCheckApplication.TenantA + "}" },
        { "a GUID without hyphens", ValueCheckApplication.TenantA.Replace("-", "", StringComparison.Ordinal) },
        { "a GUID with white space", " " + ValueCheckApplication.TenantA },
        { "an object", new Dictionary<string, object> { ["id"] = ValueCheckApplication.TenantA } },
        { "a number", 12345 },
        { "an empty string", "" },
    };

    [Theory]
    [MemberData(nameof(NotOneGuid))]
    public async Task A_tenant_claim_that_is_not_one_guid_string_is_401(string what, object tid)
    {
        var token = app.MintWith(new() { ["tid"] = tid, ["oid"] = Guid.NewGuid().ToString(), ["scp"] = "access_as_user" });

        var response = await app.ClientWith(token).PostAsJsonAsync("/api/v1/checks", Draft);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {response.StatusCode}");
    }

    [Fact]
    public async Task A_manager_token_as_dotnet_user_jwts_writes_it_with_role_reaches_the_policies_in_development()
    {
        // The payload of `dotnet user-jwts create --name ... --role ValueCheck.PolicyManager --claim tid=...`.
        var token = app.MintWith(new()
        {
            ["unique_name"] = "maria.manager@contoso.com",
            ["sub"] = "maria.manager@contoso.com",
            ["jti"] = "e8cca630",
            ["role"] = "ValueCheck.PolicyManager",
            ["tid"] = ValueCheckApplication.TenantA,
        });

        var response = await app.ClientWith(token).GetAsync("/api/v1/policies/current");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_role_claim_naming_another_role_reaches_no_manager_endpoint()
    {
        var token = app.MintWith(new() { ["sub"] = "sam@contoso.com", ["role"] = "ValueCheck.Reader", ["tid"] = ValueCheckApplication.TenantA });

        Assert.Equal(HttpStatusCode.Forbidden, (await app.ClientWith(token).GetAsync("/api/v1/policies/current")).StatusCode);
    }
}
