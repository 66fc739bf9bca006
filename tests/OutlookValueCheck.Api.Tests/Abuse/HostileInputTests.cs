using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace OutlookValueCheck.Api.Tests.Abuse;

/// <summary>
/// Hostile requests at the seller and manager endpoints: each gets a 4xx, never a 5xx, and nothing of it is stored.
/// </summary>
public sealed class HostileInputTests(ValueCheckApplication app) : IClassFixture<ValueCheckApplication>
{
    private static readonly string[] SellerPosts = ["/api/v1/checks", "/api/v1/recipients/lookup", "/api/v1/decisions"];

    public static TheoryData<string, string> Bodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in SellerPosts.Append("/api/v1/policies/preview"))
        {
            data.Add(endpoint, new string('[', 5000) + new string(']', 5000)); // nesting far past the JSON reader's depth limit
            data.Add(endpoint, "{\"to\": [\"a@b.example\"], \"subject\": \"" + new string('x', 900_000) + "\"}");
            data.Add(endpoint, "{\"to\": \"not a list\", \"cc\": 7, \"body\": {\"html\": true}}");
            data.Add(endpoint, "{\"to\": [" + string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"r{i}@spam.example\"")) + "], \"subject\": \"s\", \"body\": \"b\"}");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Hostile_json_is_a_4xx_and_stores_nothing(string endpoint, string body)
    {
        var tenant = ValueCheckApplication.OwnTenants[5];
        var client = app.ClientWith(app.Token(tenant, scope: "access_as_user", roles: ["ValueCheck.PolicyManager"]));

        var response = await client.PostAsync(endpoint, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Empty(await app.DecisionsAsync(tenant));
    }

    [Theory]
    [InlineData("/api/v1/checks")]
    [InlineData("/api/v1/recipients/lookup")]
    public async Task Invalid_utf8_is_a_400_naming_the_problem(string endpoint)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"to\": [\"a@b.example\"], \"subject\": \"").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\", \"body\": \"b\"}")).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        var response = await app.SellerClient().PostAsync(endpoint, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_replayed_is_401_everywhere()
    {
        var expired = app.Token(expires: DateTime.UtcNow.AddMinutes(-10), roles: ["ValueCheck.PolicyManager"]);
        var client = app.ClientWith(expired);

        foreach (var path in new[] { "/api/v1/addin/settings", "/api/v1/policies/current", "/api/v1/reports", "/api/v1/policies/versions" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/checks", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
    }
}
