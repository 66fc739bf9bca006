using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace OutlookValueCheck.Api.Tests.Faults;

/// <summary>
/// Redis configured but not there (nothing listens on the port): the service keeps answering from memory and the
/// database, sellers see no error, the per-user limit falls back to the instance's own, and policy saves still apply.
/// </summary>
public sealed class RedisOutageTests(RedisOutageTests.InstanceWithoutRedis app) : IClassFixture<RedisOutageTests.InstanceWithoutRedis>
{
    public sealed class InstanceWithoutRedis : ValueCheckApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Port 9 (discard) has no Redis on loopback: every Redis call fails at once.
            builder.UseSetting("ConnectionStrings:Redis", "127.0.0.1:9,connectTimeout=200");
        }
    }

    [Fact]
    public async Task Checks_lookups_and_policy_changes_work_without_redis()
    {
        var tenant = ValueCheckApplication.OwnTenants[6];
        var seller = app.SellerClient(tenant);
        var draft = new { to = new[] { "buyer@fabrikam.example" }, subject = "Hi", body = "Just checking in! Any updates?", bodyFormat = "text" };

        var first = await seller.PostAsJsonAsync("/api/v1/checks", draft);
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        Assert.Equal("warn", (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verdict").GetString());
        Assert.Equal(HttpStatusCode.OK, (await seller.PostAsJsonAsync("/api/v1/recipients/lookup", new { addresses = new[] { "buyer@fabrikam.example" } })).StatusCode);

        await app.ManagerClient(tenant).SavePolicyAsync("""{ "severities": { "no-value-check-in": "block" } }""");

        var after = await seller.PostAsJsonAsync("/api/v1/checks", draft);
        Assert.Equal("block", (await after.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Readiness_stays_green_because_redis_is_an_accelerator_not_a_dependency() =>
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/readyz")).StatusCode);
}
