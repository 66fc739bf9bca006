using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;

namespace OutlookValueCheck.Api.Tests.Auth;

public sealed class AuthenticationTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private static readonly object Draft = new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." };

    private async Task<HttpStatusCode> CheckWith(string? token) =>
        (await app.ClientWith(token).PostAsJsonAsync("/api/v1/checks", Draft)).StatusCode;

    [Fact]
    public async Task A_valid_seller_token_is_accepted() => Assert.Equal(HttpStatusCode.OK, await CheckWith(app.Token()));

    [Fact]
    public async Task No_token_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(null));

    [Fact]
    public async Task An_expired_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(app.Token(expires: DateTime.UtcNow.AddMinutes(-10))));

    [Fact]
    public async Task A_token_signed_with_another_key_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(app.Token(key: RandomNumberGenerator.GetBytes(32))));

    [Fact]
    public async Task A_tampered_token_is_401()
    {
        var parts = app.Token().Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1]))
            .Replace(ValueCheckApplication.TenantA, ValueCheckApplication.TenantB, StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(tampered));
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_401()
    {
        var parts = app.Token().Split('.');
        var header = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");

        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith($"{header}.{parts[1]}."));
    }

    [Fact]
    public async Task A_tenant_not_on_the_allow_list_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CheckWith(app.Token(tenant: ValueCheckApplication.UnknownTenant)));

    [Fact]
    public async Task A_token_without_the_seller_scope_is_403() =>
        Assert.Equal(HttpStatusCode.Forbidden, await CheckWith(app.Token(scope: null, roles: ["ValueCheck.PolicyManager"])));
}

/// <summary>On a fresh machine the developer may start the service before dotnet user-jwts has made its key.</summary>
public sealed class DevelopmentKeyMadeAfterStartTests
{
    [Fact]
    public async Task A_development_key_created_after_the_service_started_is_accepted()
    {
        using var app = new KeyMadeLater();
        var draft = new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." };
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);

        var before = await app.SellerClient().PostAsJsonAsync("/api/v1/checks", draft);
        // What dotnet user-jwts does on first use: it writes a key for its issuer into the user secrets.
        app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = ValueCheckApplication.Issuer;
        var after = await app.SellerClient().PostAsJsonAsync("/api/v1/checks", draft);

        Assert.Equal(HttpStatusCode.Unauthorized, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private sealed class KeyMadeLater : ValueCheckApplication
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The key exists, but not yet for the issuer the tokens name.
            builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", "not-yet");
        }
    }
}
