using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Tests.Auth;

/// <summary>
/// What the service tells a caller it did not let in, and who may read its OpenAPI document: outside Development a
/// refused token gets "Bearer" and no reason (which only helps someone probing), and the document is for managers.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class DisclosureInProductionOnSqliteTests() : DisclosureInProductionTests(postgres: false);

[Collection(FakeEntraId.Collection)]
public sealed class DisclosureInProductionOnPostgresTests() : DisclosureInProductionTests(postgres: true);

public abstract class DisclosureInProductionTests(bool postgres) : ProductionServiceTestsOn(postgres)
{
    private static readonly object Draft = new { to = new[] { "tom@fabrikam.com" }, body = "Here are the numbers you asked for." };

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : "";

    private HttpClient ClientWith(string? token)
    {
        var client = App.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    public static TheoryData<string> RefusedTokens => new("expired", "wrong audience", "unpublished key", "not a token");

    [Theory]
    [MemberData(nameof(RefusedTokens), MemberType = typeof(DisclosureInProductionTests))]
    public async Task A_refused_token_is_refused_without_saying_why(string what)
    {
        var token = what switch
        {
            "expired" => Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong audience" => Entra.Token(ValueCheckApplication.TenantA, "api://someone-else"),
            "unpublished key" => Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId,
                key: new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "test-key-1" }),
            _ => "not-a-token",
        };

        var response = await ClientWith(token).PostAsJsonAsync("/api/v1/checks", Draft);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Header(response, "WWW-Authenticate"));
    }

    [Fact]
    public async Task The_openapi_document_is_for_managers_only()
    {
        var anonymous = await App.CreateClient().GetAsync("/openapi/v1.json");
        var seller = await ClientWith(Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId)).GetAsync("/openapi/v1.json");
        var manager = await ClientWith(Entra.Token(ValueCheckApplication.TenantA, FakeEntraId.ApiClientId, scope: null, roles: ["ValueCheck.PolicyManager"]))
            .GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, seller.StatusCode);
        Assert.Equal(HttpStatusCode.OK, manager.StatusCode);
        Assert.Contains("/api/v1/checks", await manager.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>In Development the same refusal says why, for the developer.</summary>
public sealed class DisclosureInDevelopmentOnSqliteTests(ValueCheckApplication app) : DisclosureInDevelopmentTests(app), IClassFixture<ValueCheckApplication>;

public sealed class DisclosureInDevelopmentOnPostgresTests(PostgresValueCheckApplication app) : DisclosureInDevelopmentTests(app), IClassFixture<PostgresValueCheckApplication>;

public abstract class DisclosureInDevelopmentTests(ValueCheckApplication app)
{
    [Fact]
    public async Task In_development_a_refused_token_is_explained_to_the_developer()
    {
        var response = await app.ClientWith(app.Token(expires: DateTime.UtcNow.AddMinutes(-10))).PostAsync("/api/v1/checks", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("error_description", string.Join(", ", response.Headers.WwwAuthenticate), StringComparison.Ordinal);
    }
}
