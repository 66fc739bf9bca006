using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OutlookValueCheck.Api.Tests.Auth;

namespace OutlookValueCheck.Api.Tests.Policies;

/// <summary>
/// A seller whose token carries no groups claim (too many groups for a token) gets their team's policy from
/// Microsoft Graph, looked up on their behalf: the real Azure.Identity on-behalf-of exchange and the real Graph SDK,
/// against the fake Entra ID and Graph on 127.0.0.1, in the Production environment.
/// </summary>
[Collection(FakeEntraId.Collection)]
public sealed class GroupOverageTests : ProductionServiceTests
{
    private const string ClientId = FakeEntraId.ApiClientId;
    private const string Renewals = "0f6c1d2e-3b4a-4c5d-8e9f-a0b1c2d3e4f5";
    private static readonly object CheckIn = new { to = new[] { "someone@example.org" }, body = "Just checking in. Any updates?" };

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AzureAd:ClientSecret", FakeEntraId.ClientSecret);
        builder.UseSetting("Graph:BaseUrl", Entra.BaseAddress + "v1.0");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The Renewals desk blocks check-ins that the tenant policy only warns about.
        var manager = Client(Entra.Token(ValueCheckApplication.TenantA, ClientId, scope: null, roles: ["ValueCheck.PolicyManager"]));
        await manager.SavePolicyAsync($$"""{ "teams": { "{{Renewals}}": { "name": "Renewals desk", "severities": { "no-value-check-in": "block" } } } }""");
    }

    private HttpClient Client(string token)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task<string> VerdictFor(string token)
    {
        var response = await Client(token).PostAsJsonAsync("/api/v1/checks", CheckIn);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verdict").GetString()!;
    }

    [Fact]
    public async Task A_seller_without_a_groups_claim_gets_their_teams_policy_from_graph_looked_up_once()
    {
        var seller = Guid.NewGuid().ToString();
        // The team is on Graph's second page, after memberships that do not matter here.
        Entra.GroupsOf[seller] = ["aaaaaaaa-1111-1111-1111-111111111111", "bbbbbbbb-2222-2222-2222-222222222222", Renewals];

        var first = await VerdictFor(Entra.Token(ValueCheckApplication.TenantA, ClientId, user: seller));
        var callsAfterFirst = Entra.GraphCalls;
        var second = await VerdictFor(Entra.Token(ValueCheckApplication.TenantA, ClientId, user: seller));

        Assert.Equal("block", first);
        Assert.Equal("block", second);
        Assert.Equal(2, callsAfterFirst); // two pages
        Assert.Equal(callsAfterFirst, Entra.GraphCalls); // the second check was served from the cache
        Assert.Equal(1, Entra.TokenExchanges);
    }

    [Fact]
    public async Task Readiness_says_graph_is_configured() =>
        Assert.Contains("\"graph\":\"configured\"", await App.CreateClient().GetStringAsync("/readyz"), StringComparison.Ordinal);

    [Fact]
    public async Task A_seller_whose_token_lists_groups_is_not_looked_up()
    {
        var verdict = await VerdictFor(Entra.Token(ValueCheckApplication.TenantA, ClientId, groups: [Renewals]));

        Assert.Equal("block", verdict);
        Assert.Equal(0, Entra.GraphCalls);
    }

    [Fact]
    public async Task When_graph_fails_the_check_goes_on_under_the_tenant_policy()
    {
        var seller = Guid.NewGuid().ToString();
        Entra.GroupsOf[seller] = [Renewals];
        Entra.GraphFailsWith = 503;

        var verdict = await VerdictFor(Entra.Token(ValueCheckApplication.TenantA, ClientId, user: seller));

        Assert.Equal("warn", verdict);
        Assert.True(Entra.GraphCallsTo["/v1.0/me/transitiveMemberOf"] >= 1);
    }
}
